package org.vigil.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;

/** The copies several detectors find, one link per pair: the first detector's link for a pair is kept. */
public final class CombinedCopyDetector implements CopyDetector {
    private final List<CopyDetector> detectors;

    public CombinedCopyDetector(CopyDetector... detectors) {
        this.detectors = List.of(detectors);
    }

    /** The standard copy detection: shared passages ({@link ShingleCopyDetector}), then identical short texts. */
    public static CombinedCopyDetector standard() {
        return new CombinedCopyDetector(new ShingleCopyDetector(), new IdenticalTextDetector());
    }

    @Override
    public List<CopyLink> find(List<Document> documents) {
        Map<String, CopyLink> byPair = new LinkedHashMap<>();
        for (CopyDetector d : detectors) {
            for (CopyLink c : d.find(documents)) {
                byPair.putIfAbsent(c.documentA() + "|" + c.documentB(), c);
            }
        }
        List<CopyLink> out = new ArrayList<>(byPair.values());
        out.sort(Comparator.comparing(CopyLink::documentA).thenComparing(CopyLink::documentB));
        return out;
    }
}
