SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM events) AS events
