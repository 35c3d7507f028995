INSERT INTO documents (id, source, publisher, affiliation, published_start, published_end, published_precision,
                       ingested_at, title, raw_text, clean_text, record, language)
VALUES (:id, :source, :publisher, :affiliation, :publishedStart, :publishedEnd, :publishedPrecision,
        :ingestedAt, :title, :rawText, :cleanText, :record, :language)
ON CONFLICT (id) DO NOTHING
