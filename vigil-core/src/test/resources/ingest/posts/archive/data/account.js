window.YTD.account.part0 = [
  {
    "account" : {
      "createdVia" : "web",
      "username" : "sanandajnotes",
      "accountId" : "1500000000000000001",
      "createdAt" : "2021-03-02T10:00:00.000Z",
      "accountDisplayName" : "Sanandaj Notes"
    }
  }
]
