SELECT file, content FROM release_files WHERE release = :release ORDER BY file
