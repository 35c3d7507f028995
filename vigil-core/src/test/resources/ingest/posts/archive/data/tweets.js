window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          { "url" : "https://t.co/aB1cD2eF3g", "expanded_url" : "https://example.org/notes/strike", "display_url" : "example.org/notes/strike", "indices" : [ "80", "103" ] }
        ]
      },
      "id_str" : "1572600000000000001",
      "id" : "1572600000000000001",
      "created_at" : "Thu Sep 22 07:45:10 +0000 2022",
      "full_text" : "Bazaar traders in Sanandaj closed their shops on Thursday &amp; joined the strike. https://t.co/aB1cD2eF3g",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ { "name" : "Kurdistan Witness", "screen_name" : "kurdwitness", "id_str" : "1500000000000000002" } ],
        "urls" : [ ]
      },
      "id_str" : "1572600000000000002",
      "created_at" : "Wed Sep 21 19:40:00 +0000 2022",
      "full_text" : "RT @kurdwitness: Riot police opened fire on marchers in Sanandaj on Wednesday night and four protesters were killed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [ { "url" : "https://t.co/PhOtO12345", "expanded_url" : "https://x.com/sanandajnotes/status/1572600000000000003/photo/1", "type" : "photo" } ]
      },
      "extended_entities" : { "media" : [ { "url" : "https://t.co/PhOtO12345", "type" : "photo" } ] },
      "id_str" : "1572600000000000003",
      "created_at" : "Wed Sep 21 20:00:00 +0000 2022",
      "full_text" : "https://t.co/PhOtO12345",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "user_mentions" : [ ],
        "urls" : [ { "url" : "https://t.co/QuOtE67890", "expanded_url" : "https://twitter.com/kurdwitness/status/1572500000000000009", "display_url" : "twitter.com/kurdwitness/s…" } ]
      },
      "id_str" : "1572600000000000004",
      "created_at" : "Wed Sep 21 21:05:00 +0000 2022",
      "full_text" : "Two neighbours of ours confirm this account. https://t.co/QuOtE67890",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "id_str" : "1572600000000000005",
      "in_reply_to_status_id_str" : "1572600000000000001",
      "in_reply_to_screen_name" : "sanandajnotes",
      "created_at" : "Thu Sep 22 08:30:00 +0000 2022",
      "full_text" : "The strike has spread to the carpet sellers &lt;and&gt; the goldsmiths.",
      "lang" : "en"
    }
  }
]
