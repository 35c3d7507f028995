package org.vigil.assembly;

import java.util.List;
import org.vigil.pipeline.Key;
import org.vigil.actor.ActorMention;
import org.vigil.geo.Toponym;
import org.vigil.model.Claim;
import org.vigil.model.Mention;
import org.vigil.text.Sentence;
import org.vigil.time.TimeMention;

/** The annotations the standard stages pass between them. */
public final class Keys {
    private Keys() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Key<T> key(String name, Class raw) {
        return new Key<T>(name, raw);
    }

    /** The document's clean text has been made (page furniture removed); it lives in the document. */
    public static final Key<Boolean> CLEAN_TEXT = key("clean-text", Boolean.class);
    /** The document's language (ISO 639-1, or "und"); it lives in the document too. */
    public static final Key<String> LANGUAGE = key("language", String.class);
    public static final Key<List<Sentence>> SENTENCES = key("sentences", List.class);
    public static final Key<List<TimeMention>> TIMES = key("times", List.class);
    public static final Key<List<Toponym>> TOPONYMS = key("toponyms", List.class);
    public static final Key<List<ActorMention>> ACTORS = key("actors", List.class);
    public static final Key<List<Mention>> MENTIONS = key("mentions", List.class);
    public static final Key<List<Claim>> CLAIMS = key("claims", List.class);
    /** Each mention's ACLED sub-event type has been decided by the learned typer (it lives in the mentions). */
    public static final Key<Boolean> SUB_EVENT_TYPES = key("sub-event-types", Boolean.class);
    /**
     * Document and sentence relevance (sentences with no event mention carry the document's); the stage that
     * provides it also sets each mention's confidence.
     */
    public static final Key<org.vigil.relevance.Relevance> RELEVANCE = key("relevance", org.vigil.relevance.Relevance.class);
}
