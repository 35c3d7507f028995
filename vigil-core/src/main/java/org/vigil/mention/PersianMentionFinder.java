package org.vigil.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.actor.ActorMention;
import org.vigil.assembly.Keys;
import org.vigil.geo.Toponym;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.text.Sentence;
import org.vigil.time.TimeMention;

/**
 * Event mentions of a Persian report: each trigger of the Persian lexicon ({@code mention/triggers-fa.tsv}) in a
 * sentence becomes a mention (one per type and modes per sentence) with the sentence's place and date, as the English
 * rules give them (nearest place named in the sentence, else the report's focus; the dates stated in the sentence,
 * else the paragraph's, else the date in focus), the ACLED code of the lexicon, and the flags negated (a negative verb
 * after the trigger: "کشته نشد"), future (a call or a plan before it: "فراخوان", "قرار است", "خواهند") and historical
 * (a date before the report's period). Its actors and recipients are those of the Persian actor lexicon the actor
 * stage found in the sentence, each given its part by the words around it ({@link PersianRoles}).
 */
final class PersianMentionFinder {
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "^\\S*\\s+(?:\\S+\\s+){0,2}?(?:نشد|نشدند|نشده|نکرد|نکردند|نکرده|نبود|نداشت)(?![\\p{L}])",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NEGATOR_BEFORE = Pattern.compile("(?:^|\\s)(?:هیچ|بدون)\\s+(?:\\S+\\s+){0,2}$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?:فراخوان|قرار است|خواهد|خواهند|برنامه|دعوت)", Pattern.UNICODE_CHARACTER_CLASS);
    private final PersianTriggerLexicon triggers = PersianTriggerLexicon.load("/mention/triggers-fa.tsv");

    /** The mentions of the document, dated and ACLED-coded as the English ones are. */
    List<Mention> mentions(AnnotatedDocument doc) {
        String text = doc.text();
        List<TimeMention> times = doc.get(Keys.TIMES);
        List<Toponym> toponyms = doc.get(Keys.TOPONYMS);
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        Document d = doc.document();
        DocumentFocus focus = DocumentFocus.of(toponyms, times, d.published());
        List<Mention> out = new ArrayList<>();
        for (SentenceContext sc : MentionStage.contexts(text, doc.get(Keys.SENTENCES), times, toponyms, actors)) {
            List<Mention> found = sentenceMentions(text, sc, focus, d.id(), out.size());
            out.addAll(found);
        }
        return MentionStage.withAcled(MentionStage.withFocusDates(out, d.published(),
                org.vigil.evidence.WitnessText.isSubmission(d)), doc.get(Keys.SENTENCES));
    }

    private List<Mention> sentenceMentions(String text, SentenceContext sc, DocumentFocus focus, String docId, int ordinal) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Sentence s = sc.sentence();
        for (TriggerMatch tm : triggers.find(text, s.span().start(), s.span().end())) {
            Trigger t = tm.trigger();
            if (!seen.add(t.type() + "/" + t.modes())) {
                continue;
            }
            String id = docId + "#" + (ordinal + out.size());
            out.add(build(text, sc, tm, focus, id));
        }
        return out;
    }

    private static Mention build(String text, SentenceContext sc, TriggerMatch tm, DocumentFocus focus, String id) {
        DateRange date = MentionTime.date(sc, text, focus.publicationDay());
        String before = text.substring(sc.sentence().span().start(), tm.span().start());
        String after = text.substring(tm.span().start(), sc.sentence().span().end());
        boolean historical = focus.historical(date);
        boolean future = !historical && (FUTURE_BEFORE.matcher(before).find() || focus.future(date));
        boolean negated = NEGATED_AFTER.matcher(after).find() || NEGATOR_BEFORE.matcher(before).find();
        Place place = MentionFactory.place(sc, tm, focus, historical, text);
        String trigger = text.substring(tm.span().start(), tm.span().end());
        return new Mention(id, id.substring(0, id.indexOf('#')), tm.trigger().type(), tm.trigger().modes(), null, null,
                PersianRoles.actors(sc, tm, text), PersianRoles.recipients(sc, tm, text), place, date, sc.sentence().span(), trigger,
                historical, negated, future, List.of(), 1.0);
    }
}
