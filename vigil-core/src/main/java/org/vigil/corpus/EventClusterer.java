package org.vigil.corpus;

import java.util.List;
import org.vigil.model.Mention;

/** Groups mentions of the same happening. */
public interface EventClusterer {
    /** A cluster of mentions with the reasons each was merged. */
    record Cluster(List<Mention> mentions, List<String> reasons) {
    }

    /** Clusters in a stable order; the same input in any order gives the same clusters. */
    List<Cluster> cluster(List<Mention> mentions);
}
