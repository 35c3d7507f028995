package org.vigil.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.corpus.EventClusterer.Cluster;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;

/**
 * One report often tells one happening twice, once at a coarse place ("the bombing in Kenya", "fighting in the
 * region", no place at all) and once at its town ("the blast in Nairobi"). Within one bucket (one type and main
 * mode), a cluster of a single report placed no finer than a region joins the only cluster of that report whose
 * place lies inside its own, when their dates agree. With two or more such clusters it stays apart: which of them
 * it tells of is not known.
 */
final class CoarsePlaceFolding {
    private CoarsePlaceFolding() {
    }

    /** The clusters of one bucket with every coarse single-report cluster folded into its only finer match. */
    static List<Cluster> fold(List<Cluster> clusters, java.util.function.BiPredicate<Cluster, Cluster> datesAgree) {
        List<Cluster> out = new ArrayList<>(clusters);
        for (int pass = 0; pass < 2; pass++) { // countries and regions first, then the unplaced
            boolean unplaced = pass == 1;
            for (Cluster c : clusters) {
                String doc = singleReport(c);
                Place p = c.mentions().get(0).place();
                if (doc == null || !out.contains(c) || (p == null) != unplaced || p != null && !coarse(p)) {
                    continue;
                }
                List<Cluster> inside = out.stream().filter(o -> o != c && hasReport(o, doc)
                        && within(o.mentions().get(0).place(), p) && datesAgree.test(o, c)).toList();
                if (inside.size() == 1) {
                    Cluster into = inside.get(0);
                    into.reasons().add(c.mentions().get(0).id() + " joins " + into.mentions().get(0).id() + ": one report, "
                            + (p == null ? "no place stated" : p.name()) + " and " + into.mentions().get(0).place().name()
                            + " within it, the only such happening of its type in the report");
                    into.mentions().addAll(c.mentions());
                    into.reasons().addAll(c.reasons());
                    out.remove(c);
                }
            }
        }
        return out;
    }

    static boolean coarse(Place p) {
        return p.precision() == PlacePrecision.COUNTRY || p.precision() == PlacePrecision.ADMIN1;
    }

    /** A place strictly finer than {@code outer} and inside it (anything placed is inside no place). */
    static boolean within(Place inner, Place outer) {
        if (inner == null) {
            return false;
        }
        if (outer == null) {
            return true;
        }
        if (inner.precision().ordinal() >= outer.precision().ordinal() || !Objects.equals(inner.country(), outer.country())) {
            return false;
        }
        return outer.precision() == PlacePrecision.COUNTRY
                || inner.admin1() != null && (inner.admin1().equals(outer.name()) || inner.admin1().equals(outer.admin1()));
    }

    private static String singleReport(Cluster c) {
        String doc = c.mentions().get(0).documentId();
        return c.mentions().stream().allMatch(m -> m.documentId().equals(doc)) ? doc : null;
    }

    private static boolean hasReport(Cluster c, String doc) {
        return c.mentions().stream().anyMatch(m -> m.documentId().equals(doc));
    }
}
