package org.vigil.claim;

import static org.vigil.claim.KindFinder.word;

import java.util.List;
import java.util.Set;
import org.vigil.model.ClaimKind;
import org.vigil.model.Span;

/** Counts that are crowds by the people they name or the gathering their clause goes on to name. */
final class CrowdNouns {
    /** People named by their part in a protest: a count of them is a crowd whatever the verb ("thousands of protesters led by"). */
    private static final Set<String> PROTESTER_NOUNS = Set.of("protesters", "protestors", "demonstrators", "marchers",
            "strikers", "rioters", "picketers", "mob");
    /** Words naming a gathering later in the clause: "15,000 people registered for the rally". */
    private static final Set<String> GATHERING_AHEAD = Set.of("rally", "rallies", "march", "marches", "demonstration",
            "demonstrations", "protest", "protests", "procession", "sit-in", "vigil", "strike", "walkout", "chain", "picket");
    /** Where the clause of the counted people ends; a "who" clause still tells of them, a "where" clause not. */
    private static final Set<String> CLAUSE_END = Set.of(";", ":", ".", "!", "?", "but", "while", "whereas", "(", ")",
            "where", "which", "whose", "when", "after", "before", "because", "since", "as");

    private CrowdNouns() {
    }

    /**
     * A count with no word of its kind near it that still counts a crowd: its noun names protesters ("thousands of
     * protesters led by"), or it counts people and its clause goes on to name a gathering ("100,000 women participated
     * in the march"); else null.
     */
    static KindFinder.Found crowdByNoun(String text, List<Span> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
            String w = word(text, tokens.get(i));
            if (KindFinder.STOP.contains(w)) {
                return null;
            }
            if (PROTESTER_NOUNS.contains(w)) {
                return new KindFinder.Found(ClaimKind.PARTICIPANTS, tokens.get(i));
            }
            if (KindFinder.CROWD_NOUNS.contains(w)) {
                return gatheringAhead(text, tokens, i + 1) ? new KindFinder.Found(ClaimKind.PARTICIPANTS, tokens.get(i)) : null;
            }
        }
        return null;
    }

    private static boolean gatheringAhead(String text, List<Span> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 14); i++) {
            String w = word(text, tokens.get(i));
            if (CLAUSE_END.contains(w)) {
                return false;
            }
            if (GATHERING_AHEAD.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
