package org.vigil.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.actor.ActorMention;
import org.vigil.geo.Toponym;
import org.vigil.language.Languages;
import org.vigil.model.Actor;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Precision;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;
import org.vigil.pipeline.StageException;
import org.vigil.text.Sentence;
import org.vigil.time.TimeMention;

/**
 * Finds event mentions: each trigger of the lexicon in a sentence becomes a mention (one per type and modes per
 * sentence) with its place, date, actors, recipients, slogans and the flags historical, negated and future. A Persian
 * document is read with the Persian lexicon ({@link PersianMentionFinder}); a document in a language Vigil does not
 * read ({@link Languages#READ}) gets none.
 */
public final class MentionStage implements Stage {
    /** The most event mentions one document may hold; the longest real report labelled here has under 150. */
    public static final int MAX_MENTIONS = 5_000;
    private final TriggerLexicon triggers = TriggerLexicon.load("/mention/triggers.tsv");
    private final PersianMentionFinder persian = new PersianMentionFinder();

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES, Keys.TIMES, Keys.TOPONYMS, Keys.ACTORS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.MENTIONS);
    }

    @Override
    public void process(AnnotatedDocument doc) throws StageException {
        String language = Languages.of(doc.document());
        if (!Languages.ENGLISH.equals(language)) {
            // Persian has its own rules; a language Vigil does not read gets no events rather than English rules.
            doc.put(Keys.MENTIONS, Languages.PERSIAN.equals(language) ? limited(persian.mentions(doc)) : List.of());
            return;
        }
        String text = doc.text();
        List<TimeMention> times = doc.get(Keys.TIMES);
        List<Toponym> toponyms = doc.get(Keys.TOPONYMS);
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        Document d = doc.document();
        DocumentFocus focus = DocumentFocus.of(toponyms, times, d.published());
        List<Mention> out = new ArrayList<>();
        for (SentenceContext sc : contexts(text, doc.get(Keys.SENTENCES), times, toponyms, actors)) {
            Sentence s = sc.sentence();
            List<Mention> found = sentenceMentions(text, sc, focus, d.id(), out.size());
            List<String> orphanSlogans = SloganFinder.slogans(s);
            if (!orphanSlogans.isEmpty() && found.stream().noneMatch(m -> m.type() == PloverType.PROTEST)) {
                attachSlogans(out, orphanSlogans); // "Many carried banners reading ...": the protest told of before
            }
            out.addAll(found);
        }
        limited(out);
        List<Mention> dated = withFocusDates(out, d.published(), org.vigil.evidence.WitnessText.isSubmission(d));
        doc.put(Keys.MENTIONS, withListedSlogans(text, withAcled(dated, doc.get(Keys.SENTENCES))));
    }

    private static List<Mention> limited(List<Mention> out) throws StageException {
        if (out.size() > MAX_MENTIONS) {
            throw new StageException("the text has " + out.size() + " event mentions, over the limit of " + MAX_MENTIONS
                    + " a document may hold (a list or a generated page, not a report)");
        }
        return out;
    }

    private static void attachSlogans(List<Mention> earlier, List<String> slogans) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Mention m = earlier.get(i);
            if (m.type() == PloverType.PROTEST) {
                List<String> all = new ArrayList<>(m.slogans());
                slogans.stream().filter(x -> !all.contains(x)).forEach(all::add);
                earlier.set(i, m.withSlogans(all));
                return;
            }
        }
    }

    /**
     * A statement that states no time was made by the publication day, when that day is known; another news
     * mention goes on telling of the last date in focus (the latest news date stated before it). In a witness's
     * first-hand report the time the witness gave is in focus from the start.
     */
    static List<Mention> withFocusDates(List<Mention> mentions, DateRange published, boolean firstHand) {
        List<Mention> out = new ArrayList<>(mentions.size());
        DateRange focus = firstHand ? published : null;
        for (Mention m : mentions) {
            if (m.date() != null) {
                focus = m.historical() || m.future() ? focus : m.date();
                out.add(m);
            } else if (m.historical() || m.future() || m.negated()) {
                out.add(m);
            } else if (m.type().verbal() && published != null && published.precision() == Precision.DAY) {
                out.add(m.withDate(published));
            } else if (focus != null) {
                out.add(m.withDate(focus));
            } else {
                out.add(m);
            }
        }
        return withHeadlineDates(out);
    }

    /** The later mention's place when it narrows the headline's country ("France: strikes" above "In Paris, ..."). */
    private static Place finer(Place headline, Place later) {
        boolean narrows = later != null && later.precision() != PlacePrecision.COUNTRY && later.precision() != PlacePrecision.UNKNOWN
                && (headline == null || headline.precision() == PlacePrecision.COUNTRY && headline.country() != null
                        && headline.country().equals(later.country()));
        return narrows ? later : headline;
    }

    /**
     * A mention told before any date (a headline, a lead without a time) is of the first dated news mention of
     * its type that follows: "Protesters storm parliament" above "... on Tuesday afternoon".
     */
    private static List<Mention> withHeadlineDates(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.date() != null || m.historical() || m.future() || m.negated()) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                Mention later = out.get(j);
                if (later.type() == m.type() && later.date() != null && !later.historical() && !later.future()) {
                    out.set(i, m.withDate(later.date()).withPlace(finer(m.place(), later.place())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Each sentence with what it holds; a sentence that states no time goes on telling of the time its paragraph last
     * named -- never of a backdrop ("ruled from London since 1972"): that frames its own sentence only.
     */
    static List<SentenceContext> contexts(String text, List<Sentence> sentences, List<TimeMention> times,
                                          List<Toponym> toponyms, List<ActorMention> actors) {
        List<SentenceContext> out = new ArrayList<>(sentences.size());
        SentenceContext previous = null;
        for (Sentence s : sentences) {
            SentenceContext sc = SentenceContext.of(s, times, toponyms, actors);
            if (sc.times().isEmpty() && previous != null && sameParagraph(text, previous.sentence(), s)
                    && previous.times().stream().noneMatch(TimeMention::pastFramed)) {
                sc = new SentenceContext(s, previous.times(), sc.toponyms(), sc.actors());
            }
            out.add(sc);
            previous = sc;
        }
        return out;
    }

    private static boolean sameParagraph(String text, Sentence a, Sentence b) {
        return text.indexOf('\n', a.span().end()) < 0 || text.indexOf('\n', a.span().end()) >= b.span().start();
    }

    private List<Mention> sentenceMentions(String text, SentenceContext sc, DocumentFocus focus, String docId, int ordinal) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> slogans = SloganFinder.slogans(sc.sentence());
        for (TriggerMatch tm : triggers.find(text, sc.sentence().tokens())) {
            if (MentionFactory.generic(sc, tm, text) || MentionFactory.insideName(sc, tm, text)) {
                continue;
            }
            PloverType type = tm.trigger().type();
            List<String> modes = tm.trigger().modes();
            if (!tm.trigger().statement() && MentionFactory.byCrowd(sc, tm)) {
                String word = text.substring(tm.span().start(), tm.span().end()).toLowerCase(java.util.Locale.ROOT);
                if (type == PloverType.ASSAULT && modes.isEmpty() && word.startsWith("attack")) {
                    type = PloverType.PROTEST;
                    modes = List.of("riot");
                } else if (modes.contains("restrict")) {
                    type = PloverType.PROTEST;
                    modes = List.of("obstruct");
                } else if (modes.contains("raid")) {
                    type = PloverType.PROTEST; // "protesters stormed parliament"; "police stormed the camp" stays a raid
                    modes = List.of("riot");
                }
            }
            if (!seen.add(type + "/" + modes)) {
                continue;
            }
            out.add(build(text, sc, tm, type, modes, focus, docId + "#" + (ordinal + out.size()),
                    type == PloverType.PROTEST ? slogans : List.of()));
        }
        return out;
    }

    private static Mention build(String text, SentenceContext sc, TriggerMatch tm, PloverType type, List<String> modes,
                                 DocumentFocus focus, String id, List<String> slogans) {
        DateRange date = MentionTime.statementAbout(sc, tm) ? focus.publicationDay()
                : MentionTime.dayAfterClause(sc, tm, text, MentionTime.date(sc, text, focus.publicationDay()));
        boolean historical = MentionTime.pastFramed(sc, tm) || focus.historical(date)
                || type == PloverType.ASSAULT && MentionTime.referredByCase(sc, tm, text);
        boolean future = !historical && (MentionTime.futureWording(sc, tm, text) || focus.future(date));
        date = future && sc.times().stream().allMatch(t -> t.span().start() >= tm.span().end()) ? focus.planned(date) : date;
        Place place = MentionFactory.place(sc, tm, focus, historical, text);
        List<Actor> actors = MentionFactory.actors(sc, tm);
        List<Actor> recipients = MentionFactory.recipients(sc, tm);
        String trigger = text.substring(tm.span().start(), tm.span().end());
        return new Mention(id, id.substring(0, id.indexOf('#')), type, modes, null, null, actors, recipients, place, date,
                sc.sentence().span(), trigger, historical, MentionFactory.negated(sc, tm, text), future, slogans, 1.0);
    }

    /** Slogans listed under a header line go to the protest mention at or before the header. */
    private static List<Mention> withListedSlogans(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (SloganFinder.SloganList list : SloganFinder.lists(text)) {
            int target = -1;
            for (int i = 0; i < out.size(); i++) {
                Mention m = out.get(i);
                if (m.type() == PloverType.PROTEST && m.sentence().start() <= list.headerStart() + 200
                        && m.sentence().start() <= text.indexOf('\n', list.headerStart())) {
                    target = i;
                }
            }
            if (target >= 0) {
                Mention m = out.get(target);
                List<String> slogans = new ArrayList<>(m.slogans());
                list.slogans().stream().filter(x -> !slogans.contains(x)).forEach(slogans::add);
                out.set(target, m.withSlogans(slogans));
            }
        }
        return out;
    }

    /**
     * How many sentences away a protest makes force "against protesters": in a protest report the shooting is told a
     * sentence or two after the march, while a war report that names one rally elsewhere is still about a war.
     */
    static final int PROTEST_REACH = 2;

    static List<Mention> withAcled(List<Mention> mentions, List<Sentence> sentences) {
        List<Integer> sentenceStarts = sentences.stream().map(s -> s.span().start()).toList();
        List<Integer> protests = mentions.stream().filter(m -> m.type() == PloverType.PROTEST && !m.negated())
                .map(m -> sentenceIndex(sentenceStarts, m)).toList();
        boolean armedSides = namesRole(mentions, "state-forces") && namesRole(mentions, "armed-group");
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> sentence = mentions.stream().filter(x -> x.sentence().equals(m.sentence()) && !x.negated()).toList();
            boolean intervention = sentence.stream().anyMatch(x -> x.modes().contains("crowd-control")
                    || x.modes().contains("arrest"));
            boolean excessive = sentence.stream().anyMatch(x -> x.type() == PloverType.ASSAULT
                    && !x.modes().contains("crowd-control") && !x.modes().contains("fight"));
            int at = sentenceIndex(sentenceStarts, m);
            boolean protestNear = protests.stream().anyMatch(p -> Math.abs(p - at) <= PROTEST_REACH);
            AcledCoder.Code c = AcledCoder.code(m.type(), withSentenceWeapon(m, sentence), m.actors(), m.recipients(),
                    new AcledCoder.Context(protestNear, intervention, excessive, m.trigger(), armedSides,
                            sentence.stream().anyMatch(x -> x.type() == PloverType.PROTEST)));
            out.add(m.withAcled(c.eventType(), c.subEventType()));
        }
        return out;
    }

    private static boolean namesRole(List<Mention> mentions, String role) {
        return mentions.stream().anyMatch(m -> java.util.stream.Stream.concat(m.actors().stream(), m.recipients().stream())
                .anyMatch(a -> role.equals(a.role())));
    }

    /**
     * "Killed" beside "a car bomb" in one sentence is the bombing's toll: a use of force that names no weapon takes the
     * weapon another force mention of its sentence names, for its code only (its own modes stay as read).
     */
    private static List<String> withSentenceWeapon(Mention m, List<Mention> sentence) {
        if (m.type() != PloverType.ASSAULT || m.modes().stream().anyMatch(AcledCoder::namesWeapon)) {
            return m.modes();
        }
        List<String> out = new ArrayList<>(m.modes());
        sentence.stream().filter(x -> x.type() == PloverType.ASSAULT).flatMap(x -> x.modes().stream())
                .filter(AcledCoder::namesWeapon).findFirst().ifPresent(out::add);
        return out;
    }

    /** The index of the sentence a mention is in (the last sentence starting at or before it). */
    private static int sentenceIndex(List<Integer> sentenceStarts, Mention m) {
        int i = java.util.Collections.binarySearch(sentenceStarts, m.sentence().start());
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
