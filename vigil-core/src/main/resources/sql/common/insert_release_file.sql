INSERT INTO release_files(release, file, content) VALUES (:release, :file, :content)
