SELECT CAST(max(julianday(date_end) - julianday(date_start)) AS INTEGER) FROM event_facets
