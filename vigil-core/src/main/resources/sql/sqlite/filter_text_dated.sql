+rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH :text)
