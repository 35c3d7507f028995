package org.vigil.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Analysis;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Post;
import org.vigil.model.Span;

/** A post that relays another account's counts as that account: never as corroboration of its own. */
class RelayedSourcesTest {
    private static final Place SANANDAJ = new Place("Sanandaj", "Sanandaj", 117574L, 35.315, 46.999, "Kurdistan", "IR",
            PlacePrecision.CITY);
    private static final LocalDate DAY = LocalDate.of(2022, 9, 21);

    private static Analysis report(String id, String publisher, String text) {
        Document d = new Document(id, "https://t.me/" + id, publisher, null, DateRange.day(DAY, null), Instant.EPOCH, text, text, null);
        Mention m = new Mention(id + "#0", id, PloverType.PROTEST, List.of("demo"), null, null, List.of(), List.of(), SANANDAJ,
                DateRange.day(DAY, null), new Span(0, text.length()), "march", false, false, false, List.of(), 1.0);
        return new Analysis(d, List.of(m), List.of());
    }

    private static Post forward(String id, String publisher, String origin, Post.Relation relation) {
        return new Post(id, "telegram", publisher, "1", "https://t.me/" + id, Instant.EPOCH, relation, origin, null, null,
                null, null, false);
    }

    private static Event only(List<Analysis> analyses, List<Post> posts) {
        List<Event> events = new DefaultCorpusAnalyzer().analyze(analyses, EventIdentity.NONE, posts).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void aForwardIsItsOriginEvenWithOtherWordsAndWithoutTheOriginal() {
        List<Analysis> docs = new ArrayList<>(List.of(report("own", "Sahand Desk", "Crowds marched in Sanandaj."),
                report("fwd1", "Zagros Monitor", "A march in Sanandaj tonight."),
                report("fwd2", "Baneh Relay", "Sanandaj: a march, and more to come.")));
        assertEquals(3, only(docs, List.of()).independentSources(), "as plain reports: three publishers");
        List<Post> posts = List.of(forward("fwd1", "zagros", "Kurdistan Witness", Post.Relation.FORWARD),
                forward("fwd2", "baneh", "kurdistan witness", Post.Relation.FORWARD));
        Event e = only(docs, posts);
        assertEquals(2, e.independentSources(), "two forwards of one account are one source");
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("speak for one account")), e.reasons().toString());
        docs.add(report("orig", "Kurdistan Witness", "Marchers filled the streets of Sanandaj."));
        assertEquals(2, only(docs, posts).independentSources(), "the original joins its forwards");
    }

    @Test
    void aForwardIsNoLongerCountedWithItsForwardersOwnPosts() {
        List<Analysis> docs = List.of(report("own", "Zagros Monitor", "Crowds marched in Sanandaj."),
                report("fwd", "Zagros Monitor", "A march in Sanandaj tonight."));
        assertEquals(1, only(docs, List.of()).independentSources(), "one publisher");
        assertEquals(2, only(docs, List.of(forward("fwd", "zagros", "Kurdistan Witness", Post.Relation.QUOTE)))
                .independentSources(), "the channel's own word and the account it passes on");
    }

    @Test
    void anOwnPostOrAPostRecordOfAnotherStoreChangesNothing() {
        List<Analysis> docs = List.of(report("a", "Zagros Monitor", "Crowds marched in Sanandaj."),
                report("b", "Baneh Relay", "A march in Sanandaj tonight."));
        List<Post> posts = List.of(forward("a", "zagros", null, Post.Relation.OWN),
                forward("elsewhere", "x", "Baneh Relay", Post.Relation.FORWARD));
        assertEquals(2, only(docs, posts).independentSources());
    }
}
