package org.vigil.ingest.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Post;

class TelegramExportReaderTest {
    static final Path DIR = Path.of("src/test/resources/ingest/posts");

    @Test
    void eachMessageWithTextIsAPostAndServiceAndMediaOnlyMessagesAreSkippedAndCounted() throws Exception {
        CollectingSink sink = new CollectingSink();
        PostTally tally = new TelegramExportReader(1 << 20, "zagrosmonitor").read(DIR.resolve("zagros/result.json"), sink);
        assertEquals(List.of("102", "103", "105", "106"), sink.posts.stream().map(e -> e.post().postId()).toList());
        assertEquals(new PostTally(4, 1, 1, 0, 1), tally);
        assertTrue(sink.bad.isEmpty() && sink.notes.isEmpty(), sink.bad + " " + sink.notes);
        PostEntry first = sink.posts.get(0);
        assertEquals("Zagros Monitor", first.publisher());
        assertEquals("https://t.me/zagrosmonitor/102", first.post().url());
        assertEquals(Instant.parse("2022-09-21T18:04:11Z"), first.post().postedAt(), "date_unixtime, UTC");
        assertEquals(Post.Relation.OWN, first.post().relation());
        assertFalse(first.post().relays());
    }

    @Test
    void anEntityListIsJoinedAndAForwardNamesItsOrigin() throws Exception {
        CollectingSink sink = new CollectingSink();
        new TelegramExportReader(1 << 20, null).read(DIR.resolve("zagros/result.json"), sink);
        PostEntry forward = sink.posts.get(1);
        assertEquals("#Sanandaj Police shot four protesters dead in Sanandaj on Wednesday night.",
                forward.text());
        assertEquals(Post.Relation.FORWARD, forward.post().relation());
        assertEquals("Kurdistan Witness", forward.post().origin());
        assertEquals("Zagros Monitor", forward.publisher(), "the forwarding channel publishes it");
        assertEquals("telegram:1700000001/103", forward.post().url(), "no public username: the chat id");
        assertTrue(sink.posts.get(3).text().endsWith("More at https://example.org/zagros/cut"));
        assertEquals("105", sink.posts.get(3).post().replyTo());
    }

    @Test
    void editsLocationsAndRepliesAreKeptInThePostRecord() throws Exception {
        CollectingSink sink = new CollectingSink();
        new TelegramExportReader(1 << 20, null).read(DIR.resolve("zagros/result.json"), sink);
        Post strike = sink.posts.get(2).post();
        assertTrue(strike.edited());
        assertEquals(35.3149, strike.latitude(), 1e-9);
        assertEquals(46.9988, strike.longitude(), 1e-9);
        assertEquals("location", strike.media());
        assertNull(sink.posts.get(0).post().replyTo());
    }

    @Test
    void aTruncatedExportKeepsThePostsBeforeTheCutAndSaysWhere() {
        CollectingSink sink = new CollectingSink();
        PostFileException e = assertThrows(PostFileException.class,
                () -> new TelegramExportReader(1 << 20, null).read(DIR.resolve("bad/truncated.json"), sink));
        assertEquals(2, sink.posts.size());
        assertTrue(e.getMessage().contains("truncated.json") && e.getMessage().contains("ends early")
                && e.getMessage().contains("after message 2"), e.getMessage());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedByName() {
        PostFileException e = assertThrows(PostFileException.class,
                () -> new TelegramExportReader(1 << 20, null).read(DIR.resolve("bad/not-json.json"), new CollectingSink()));
        assertTrue(e.getMessage().startsWith(DIR.resolve("bad/not-json.json") + ": not valid JSON at line 1"), e.getMessage());
    }

    @Test
    void anXArchiveIsNotATelegramExport() {
        PostFileException e = assertThrows(PostFileException.class, () -> new TelegramExportReader(1 << 20, null)
                .read(DIR.resolve("archive/data/account.js"), new CollectingSink()));
        assertTrue(e.getMessage().contains("account.js: not valid JSON"), e.getMessage());
    }

    @Test
    void badMessagesAreReportedByIdAndTheOthersGoOn() throws Exception {
        CollectingSink sink = new CollectingSink();
        PostTally tally = new TelegramExportReader(4000, null).read(DIR.resolve("bad/mixed.json"), sink);
        assertEquals(List.of("1", "4", "7"), sink.posts.stream().map(p -> p.post().postId()).toList());
        String file = DIR.resolve("bad/mixed.json").toString();
        assertEquals(List.of(file + ": message #2: has no id",
                file + ": message 3: has no date (date_unixtime or date)",
                file + ": message 5: text entity 2 has no text string",
                file + ": message 6: text is 5199 bytes, over the limit of 4000",
                file + ": message 8: has an unreadable date: date_unixtime 'soon', date ''"), sink.bad);
        assertEquals(5, tally.bad());
        assertEquals(List.of(file + ": message 4: unknown text entity type 'sparkle_effect' (part 2): its text was kept"),
                sink.notes);
        assertEquals("A post with a new kind of entity.", sink.posts.get(1).text());
    }
}
