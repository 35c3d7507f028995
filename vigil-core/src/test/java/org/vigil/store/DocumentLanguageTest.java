package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Analysis;
import org.vigil.model.Document;

/** A document's language is stored (migration V10) and read back; documents are counted by language. */
class DocumentLanguageTest {
    @TempDir
    Path dir;

    private static Analysis doc(String id, String text, String language) {
        Document d = new Document(id, id + ".txt", "Outlet", null, null, Instant.EPOCH, text, text, null);
        return new Analysis(language == null ? d : d.withLanguage(language), List.of(), List.of());
    }

    @Test
    void theLanguageOfEachDocumentIsKeptAndCounted() throws Exception {
        try (EventStore store = TestStores.open(dir, "lang")) {
            store.saveAll(List.of(doc("a", "معترضان تجمع کردند.", "fa"), doc("b", "Des manifestants ont défilé.", "fr"),
                    doc("c", "Protesters marched.", "en"), doc("d", "Protesters marched again.", "en"),
                    doc("e", "An old record.", null)));
            assertEquals("fa", store.document("a").orElseThrow().language());
            assertEquals("fr", store.analysis("b").orElseThrow().document().language());
            assertNull(store.document("e").orElseThrow().language());
            Map<String, Integer> expected = new TreeMap<>(Map.of("-", 1, "en", 2, "fa", 1, "fr", 1));
            assertEquals(expected, store.documentLanguages());
        }
    }
}
