SELECT coalesce(language, '-') AS language, count(*) AS n FROM documents GROUP BY coalesce(language, '-')
