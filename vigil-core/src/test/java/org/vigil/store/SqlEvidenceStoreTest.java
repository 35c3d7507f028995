package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.evidence.EvidenceInspector;
import org.vigil.evidence.EvidenceStore;
import org.vigil.evidence.InspectedFile;
import org.vigil.evidence.PerceptualHash;
import org.vigil.evidence.Submission;
import org.vigil.evidence.TestMedia;

class SqlEvidenceStoreTest {
    @TempDir
    Path dir;
    private String address;
    private EventStore store;
    private final EvidenceInspector inspector = new EvidenceInspector(EvidenceInspector.DEFAULT_MAX_BYTES);

    @BeforeEach
    void open() {
        address = TestStores.address(dir, "evidence");
        store = EventStores.open(address);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static Submission submission(String id, String doc, List<InspectedFile> files) {
        return new Submission(id, doc, Instant.parse("2026-11-03T08:00:00Z"), "2026-11-02T14:00", "Kazerun", 29.6, 51.6,
                "store and publish my report without my name", Instant.parse("2026-11-03T08:00:00Z"), "submission key",
                files.stream().map(f -> new Submission.SubmittedFile(f.file().sha256(), f.fileName())).toList());
    }

    private long rows(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestStores.jdbcUrl(address));
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws Exception {
        byte[] jpeg = TestMedia.jpeg(TestMedia.picture(1, 320, 240), 0.9f);
        InspectedFile f = inspector.inspect("a.jpg", jpeg);
        EvidenceStore ev = store.evidence();
        ev.save(submission("sub-1", "doc-1", List.of(f)), "me@example.org", List.of(f));
        InspectedFile again = inspector.inspect("same-photo-renamed.jpg", jpeg.clone());
        ev.save(submission("sub-2", "doc-2", List.of(again)), null, List.of(again));
        assertEquals(1, rows("evidence_files"));
        assertEquals(1, rows("evidence_thumbnails"));
        assertEquals(2, rows("submission_evidence"));
        assertArrayEquals(jpeg, ev.original(f.file().sha256()).orElseThrow().content());
        assertEquals("image/jpeg", ev.original(f.file().sha256()).orElseThrow().mediaType());
        assertEquals("same-photo-renamed.jpg", ev.submission("sub-2").orElseThrow().files().get(0).fileName());
        assertEquals(List.of("sub-1", "sub-2"), ev.submissionsOf(List.of("doc-1", "doc-2", "doc-9")).stream()
                .map(Submission::id).toList());
        assertEquals(f.file(), ev.file(f.file().sha256()).orElseThrow());
    }

    @Test
    void contactIsKeptApartAndOnlyThere() throws Exception {
        InspectedFile f = inspector.inspect("a.jpg", TestMedia.jpeg(TestMedia.picture(2, 100, 80), 0.9f));
        store.evidence().save(submission("sub-3", "doc-3", List.of(f)), "signal: +00 000 contact-marker", List.of(f));
        assertEquals("signal: +00 000 contact-marker", store.evidence().contact("sub-3").orElseThrow());
        try (Connection c = DriverManager.getConnection(TestStores.jdbcUrl(address));
             ResultSet rs = c.createStatement().executeQuery("SELECT record FROM submissions")) {
            rs.next();
            assertTrue(!rs.getString(1).contains("contact-marker"), "the submission record holds no contact");
        }
    }

    @Test
    void nearDuplicatesAreFoundByPerceptualHash() throws Exception {
        var picture = TestMedia.picture(5, 900, 600);
        InspectedFile original = inspector.inspect("o.jpg", TestMedia.jpeg(picture, 0.95f));
        InspectedFile repost = inspector.inspect("r.jpg", TestMedia.jpeg(TestMedia.resized(picture, 300), 0.4f));
        InspectedFile other = inspector.inspect("x.png", TestMedia.png(TestMedia.picture(77, 900, 600)));
        store.evidence().save(submission("sub-4", "d", List.of(original, repost, other)), null, List.of(original, repost, other));
        var near = store.evidence().nearDuplicates(original.file().sha256(), PerceptualHash.NEAR_DUPLICATE_DISTANCE);
        assertEquals(List.of(repost.file().sha256()), near.stream().map(EvidenceStore.NearDuplicate::sha256).toList());
    }

    @Test
    void aFailedSubmissionLeavesNothing() throws Exception {
        InspectedFile f = inspector.inspect("a.jpg", TestMedia.jpeg(TestMedia.picture(6, 100, 80), 0.9f));
        store.evidence().save(submission("sub-5", "d", List.of(f)), null, List.of(f));
        InspectedFile g = inspector.inspect("b.jpg", TestMedia.jpeg(TestMedia.picture(7, 100, 80), 0.9f));
        assertThrows(StoreException.class, () -> store.evidence().save(submission("sub-5", "d", List.of(g)), "x", List.of(g)));
        assertEquals(1, rows("evidence_files"), "the second file went with its refused submission");
        assertEquals(1, rows("submissions"));
    }

    @Test
    void anOriginalCannotBeChanged() throws Exception {
        InspectedFile f = inspector.inspect("a.jpg", TestMedia.jpeg(TestMedia.picture(8, 100, 80), 0.9f));
        store.evidence().save(submission("sub-6", "d", List.of(f)), null, List.of(f));
        try (Connection c = DriverManager.getConnection(TestStores.jdbcUrl(address))) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE evidence_files SET size = 1"));
        }
    }
}
