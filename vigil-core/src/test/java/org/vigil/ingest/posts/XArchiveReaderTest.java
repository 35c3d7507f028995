package org.vigil.ingest.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Post;

class XArchiveReaderTest {
    static final Path TWEETS = TelegramExportReaderTest.DIR.resolve("archive/data/tweets.js");

    @TempDir
    Path tmp;

    @Test
    void tweetsArePostsOfTheAccountThatAccountJsNames() throws Exception {
        CollectingSink sink = new CollectingSink();
        PostTally tally = new XArchiveReader(1 << 20, "someone-else").read(TWEETS, sink);
        assertEquals(new PostTally(4, 0, 1, 0, 2), tally, "the photo alone has no text");
        PostEntry first = sink.posts.get(0);
        assertEquals("@sanandajnotes", first.publisher());
        assertEquals("https://x.com/sanandajnotes/status/1572600000000000001", first.post().url());
        assertEquals(Instant.parse("2022-09-22T07:45:10Z"), first.post().postedAt());
        assertEquals("Bazaar traders in Sanandaj closed their shops on Thursday & joined the strike."
                + " https://example.org/notes/strike", first.text(), "unescaped, link expanded");
        assertEquals("The strike has spread to the carpet sellers <and> the goldsmiths.", sink.posts.get(3).text());
        assertEquals("1572600000000000001", sink.posts.get(3).post().replyTo());
    }

    @Test
    void aRetweetIsARepostOfItsAuthorWithTheTweetsTextAndALinkedStatusIsAQuote() throws Exception {
        CollectingSink sink = new CollectingSink();
        new XArchiveReader(1 << 20, null).read(TWEETS, sink);
        Post rt = sink.posts.get(1).post();
        assertEquals(Post.Relation.REPOST, rt.relation());
        assertEquals("@kurdwitness", rt.origin());
        assertEquals("Riot police opened fire on marchers in Sanandaj on Wednesday night and four protesters were killed.",
                sink.posts.get(1).text());
        assertEquals(Post.Relation.QUOTE, sink.posts.get(2).post().relation());
        assertEquals("@kurdwitness", sink.posts.get(2).post().origin());
    }

    @Test
    void withoutAccountJsTheAccountGivenIsUsedAndWithoutEitherTheArchiveIsRefused() throws Exception {
        Path lone = tmp.resolve("tweets.js");
        Files.copy(TWEETS, lone);
        CollectingSink sink = new CollectingSink();
        new XArchiveReader(1 << 20, "@given").read(lone, sink);
        assertEquals("@given", sink.posts.get(0).publisher());
        PostFileException e = assertThrows(PostFileException.class, () -> new XArchiveReader(1 << 20, null)
                .read(lone, new CollectingSink()));
        assertTrue(e.getMessage().contains("--account"), e.getMessage());
    }

    @Test
    void aTweetWithoutIdOrDateIsReportedAndTheOthersGoOn() throws Exception {
        Path f = tmp.resolve("tweets.js");
        Files.writeString(f, "window.YTD.tweets.part0 = [ {\"tweet\": {\"full_text\": \"no id here\", \"created_at\":"
                + " \"Wed Sep 21 19:40:00 +0000 2022\"}}, {\"tweet\": {\"id_str\": \"8\", \"full_text\": \"no date here\"}},"
                + " {\"tweet\": {\"id_str\": \"9\", \"full_text\": \"A march in Sanandaj.\", \"created_at\":"
                + " \"Wed Sep 21 19:40:00 +0000 2022\"}} ]");
        CollectingSink sink = new CollectingSink();
        new XArchiveReader(1 << 20, "bench").read(f, sink);
        assertEquals(List.of("9"), sink.posts.stream().map(p -> p.post().postId()).toList());
        assertEquals(2, sink.bad.size());
        assertTrue(sink.bad.get(0).endsWith("tweet #1: has no id_str"), sink.bad.get(0));
        assertTrue(sink.bad.get(1).contains("tweet 8: has no readable created_at"), sink.bad.get(1));
    }

    @Test
    void aTruncatedArchiveIsReportedAfterItsLastGoodTweet() throws Exception {
        Path f = tmp.resolve("tweets.js");
        String whole = Files.readString(TWEETS);
        Files.writeString(f, whole.substring(0, whole.indexOf("1572600000000000003") + 10));
        CollectingSink sink = new CollectingSink();
        PostFileException e = assertThrows(PostFileException.class, () -> new XArchiveReader(1 << 20, "bench").read(f, sink));
        assertEquals(2, sink.posts.size());
        assertTrue(e.getMessage().contains("ends early") && e.getMessage().contains("tweet 1572600000000000002"), e.getMessage());
    }
}
