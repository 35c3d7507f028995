package org.vigil.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.language.Languages;
import org.vigil.pipeline.Stage;
import org.vigil.text.Sentence;
import org.vigil.text.Tokens;

/**
 * Finds actors: people by title or speech verb (later mentions by surname alone link back to the full name),
 * and organisations, forces and groups from the curated lexicon ({@code actor/actors.tsv}); in a Persian document
 * ({@code fa}) also those of the Persian lexicon ({@code actor/actors-fa.tsv}, the same ids and roles), matched on the
 * Persian-folded text.
 */
public final class ActorStage implements Stage {
    private final ActorLexicon lexicon = ActorLexicon.load("/actor/actors.tsv");
    private final PersonFinder persons = new PersonFinder("/actor/titles.txt");
    private final PersianActorLexicon persian = PersianActorLexicon.load("/actor/actors-fa.tsv");

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.ACTORS);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        String text = doc.text();
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        List<ActorMention> found = new ArrayList<>();
        Map<String, PersonFinder.Person> bySurname = new LinkedHashMap<>();
        boolean persianText = Languages.PERSIAN.equals(Languages.of(doc.document()));
        for (Sentence s : sentences) {
            for (PersonFinder.Person p : persons.find(text, s.tokens())) {
                found.add(new ActorMention(p.span(), p.name(), personId(p.name()), p.title() == null ? "person" : Tokens.fold(p.title())));
                List<String> words = Tokens.words(p.name());
                if (words.size() >= 2) {
                    bySurname.putIfAbsent(words.get(words.size() - 1), p);
                }
            }
        }
        for (Sentence s : sentences) {
            addSurnames(text, s.tokens(), bySurname, found);
            for (ActorLexicon.Match m : lexicon.find(text, s.tokens())) {
                found.add(new ActorMention(m.span(), text.substring(m.span().start(), m.span().end()), m.entry().id(), m.entry().role()));
            }
            if (persianText) {
                for (ActorLexicon.Match m : persian.find(text, s.span())) {
                    found.add(new ActorMention(m.span(), text.substring(m.span().start(), m.span().end()), m.entry().id(), m.entry().role()));
                }
            }
        }
        doc.put(Keys.ACTORS, withoutOverlaps(found));
    }

    /** "Pompeo" alone after "Mike Pompeo" was named: the same person. */
    private static void addSurnames(String text, List<Span> tokens, Map<String, PersonFinder.Person> bySurname,
                                    List<ActorMention> found) {
        for (Span t : tokens) {
            PersonFinder.Person p = bySurname.get(text.substring(t.start(), t.end()));
            if (p != null) {
                found.add(new ActorMention(t, p.name(), personId(p.name()), p.title() == null ? "person" : Tokens.fold(p.title())));
            }
        }
    }

    static String personId(String name) {
        return "person:" + Tokens.fold(name).replaceAll("[^a-z0-9]+", "-");
    }

    /** Keeps the longest of overlapping mentions (people first on ties), in text order. */
    private static List<ActorMention> withoutOverlaps(List<ActorMention> all) {
        return org.vigil.text.NonOverlapping.keep(all, Comparator.comparingInt((ActorMention a) -> a.span().length()).reversed()
                .thenComparing(a -> a.id().startsWith("person:") ? 0 : 1), a -> a.span().start(), a -> a.span().end());
    }
}
