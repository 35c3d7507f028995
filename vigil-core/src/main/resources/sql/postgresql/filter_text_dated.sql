rid IN (SELECT rid FROM events_fts WHERE body @@ plainto_tsquery('simple', :text))
