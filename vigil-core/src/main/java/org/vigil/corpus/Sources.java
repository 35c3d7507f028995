package org.vigil.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.model.Post;

/**
 * Counts independent sources: documents joined by a copied passage, or speaking for one account, count once. A
 * document speaks for its publisher; a post that relays another account's post (a forward, a repost, a quote) speaks
 * for that origin, so two forwards of one post, or a post and its forward, are one source even when the original is
 * not in the store.
 */
final class Sources {
    private Sources() {
    }

    static int independent(Set<String> docIds, Map<String, Document> documents, List<CopyLink> copies,
                           Map<String, Post> relayed, List<String> reasons) {
        List<String> ids = new ArrayList<>(docIds);
        Map<String, String> parent = new HashMap<>();
        ids.forEach(id -> parent.put(id, id));
        for (CopyLink c : copies) {
            if (docIds.contains(c.documentA()) && docIds.contains(c.documentB())) {
                union(parent, c.documentA(), c.documentB());
                reasons.add(c.reason() + ": counted as one source");
            }
        }
        Map<String, String> byVoice = new HashMap<>();
        for (String id : ids) {
            String voice = voice(id, documents, relayed);
            if (voice != null) {
                String other = byVoice.putIfAbsent(voice.toLowerCase(Locale.ROOT), id);
                if (other != null && !find(parent, other).equals(find(parent, id))) {
                    union(parent, other, id);
                    reasons.add(reason(other, id, voice, documents, relayed));
                }
            }
        }
        return (int) ids.stream().map(id -> find(parent, id)).distinct().count();
    }

    /** The account a document speaks for: a relayed post's origin, else its publisher (null: unknown). */
    private static String voice(String id, Map<String, Document> documents, Map<String, Post> relayed) {
        Post p = relayed.get(id);
        return p != null ? p.origin() : documents.get(id).publisher();
    }

    private static String reason(String a, String b, String voice, Map<String, Document> documents, Map<String, Post> relayed) {
        if (!relayed.containsKey(a) && !relayed.containsKey(b)) {
            return documents.get(a).source() + " and " + documents.get(b).source() + " have one publisher (" + voice
                    + "): counted as one source";
        }
        return describe(a, documents, relayed) + " and " + describe(b, documents, relayed) + " speak for one account ("
                + voice + "): counted as one source";
    }

    private static String describe(String id, Map<String, Document> documents, Map<String, Post> relayed) {
        Post p = relayed.get(id);
        String source = documents.get(id).source();
        if (p == null) {
            return source;
        }
        String what = switch (p.relation()) {
            case FORWARD -> "forwards";
            case REPOST -> "reposts";
            default -> "quotes";
        };
        return source + " (" + documents.get(id).publisher() + " " + what + " a post of " + p.origin() + ")";
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
