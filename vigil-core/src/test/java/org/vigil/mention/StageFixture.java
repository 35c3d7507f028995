package org.vigil.mention;

import java.time.Instant;
import java.util.List;
import org.vigil.actor.ActorStage;
import org.vigil.geo.Toponym;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.text.CleanTextStage;
import org.vigil.text.SentenceStage;
import org.vigil.time.TimeMention;

/** Runs the text, actor and mention stages on a text with given places and times (stand-ins for those stages). */
public final class StageFixture {
    private StageFixture() {
    }

    public static AnnotatedDocument annotate(String text, String publisher, DateRange published,
                                             List<Toponym> toponyms, List<TimeMention> times) {
        Document d = new Document("doc1", "test.txt", publisher, null, published, Instant.EPOCH, text, null, null);
        AnnotatedDocument doc = new AnnotatedDocument(d);
        new CleanTextStage().process(doc);
        new SentenceStage().process(doc);
        doc.put(Keys.TIMES, times);
        doc.put(Keys.TOPONYMS, toponyms);
        new ActorStage().process(doc);
        try {
            new MentionStage().process(doc);
        } catch (org.vigil.pipeline.StageException e) {
            throw new IllegalStateException(e);
        }
        return doc;
    }

    /** A city toponym at the first occurrence of its name in the text. */
    public static Toponym city(String text, String name, long id, double lat, double lon, String admin1, String cc) {
        int at = text.indexOf(name);
        return new Toponym(new org.vigil.model.Span(at, at + name.length()), name,
                new Place(name, name, id, lat, lon, admin1, cc, PlacePrecision.CITY), Toponym.Role.LOCATION);
    }
}
