package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.model.Post;

class PostStoreTest {
    @TempDir
    Path dir;

    private static Analysis analysis(String id) {
        Document d = new Document(id, "https://t.me/bench/" + id, "Bench", null, null, Instant.EPOCH, "post " + id, "post " + id, null);
        return new Analysis(d, List.of(), List.of());
    }

    private static Post post(String id, String platform) {
        return new Post(id, platform, "bench", id, "https://t.me/bench/" + id, Instant.parse("2022-09-21T18:04:11Z"),
                Post.Relation.FORWARD, "Kurdistan Witness", null, null, null, null, false);
    }

    @Test
    void aPostIsStoredWithItsDocumentReadBackWhole() {
        try (EventStore store = TestStores.open(dir, "p")) {
            assertEquals(List.of("a", "b"), store.saveAll(List.of(analysis("a"), analysis("b")), List.of(post("a", "telegram"))));
            assertEquals(List.of(post("a", "telegram")), store.posts());
            assertEquals(List.of(), store.saveAll(List.of(analysis("a")), List.of(post("a", "telegram"))), "stored already");
            assertEquals(1, store.posts().size());
        }
    }

    @Test
    void aPostRecordThatCannotBeStoredTakesItsDocumentWithIt() {
        try (EventStore store = TestStores.open(dir, "q")) {
            assertThrows(StoreException.class, () -> store.saveAll(List.of(analysis("a")), List.of(post("a", null))));
            assertFalse(store.contains("a"), "nothing half-written");
            assertTrue(store.posts().isEmpty());
        }
    }

    @Test
    void deletingAPostsDocumentDeletesItsRecord() {
        try (EventStore store = TestStores.open(dir, "r")) {
            store.saveAll(List.of(analysis("a")), List.of(post("a", "telegram")));
            assertTrue(store.deleteDocument("a"));
            assertTrue(store.posts().isEmpty());
        }
    }
}
