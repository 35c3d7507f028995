-- The language each document is written in (ISO 639-1: en, fa, ar, ...; und when it cannot be told). Documents
-- stored before have none (NULL): they were read as English, which `vigil reanalyse` re-reads.
ALTER TABLE documents ADD COLUMN language TEXT;
