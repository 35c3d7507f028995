package org.vigil.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;

/** Counts independent sources: documents joined by a copied passage, or of one publisher, count once. */
final class Sources {
    private Sources() {
    }

    static int independent(Set<String> docIds, Map<String, Document> documents, List<CopyLink> copies, List<String> reasons) {
        List<String> ids = new ArrayList<>(docIds);
        Map<String, String> parent = new HashMap<>();
        ids.forEach(id -> parent.put(id, id));
        for (CopyLink c : copies) {
            if (docIds.contains(c.documentA()) && docIds.contains(c.documentB())) {
                union(parent, c.documentA(), c.documentB());
                reasons.add(c.reason() + ": counted as one source");
            }
        }
        Map<String, String> byPublisher = new HashMap<>();
        for (String id : ids) {
            String pub = documents.get(id).publisher();
            if (pub != null) {
                String other = byPublisher.putIfAbsent(pub.toLowerCase(java.util.Locale.ROOT), id);
                if (other != null && !find(parent, other).equals(find(parent, id))) {
                    union(parent, other, id);
                    reasons.add(documents.get(other).source() + " and " + documents.get(id).source()
                            + " have one publisher (" + pub + "): counted as one source");
                }
            }
        }
        return (int) ids.stream().map(id -> find(parent, id)).distinct().count();
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
