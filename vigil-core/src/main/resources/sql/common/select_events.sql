SELECT record FROM events ORDER BY coalesce(date_start, '9999'), id
