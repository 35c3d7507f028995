package org.vigil.classify;

import java.util.List;
import org.vigil.model.Mention;

/**
 * Role: reads a protest's attributes (state responses, demands, protester violence) from a text and the
 * event mentions the pipeline found in it. Implementations are thread-safe and load nothing per call.
 */
public interface AttributeClassifier {
    ProtestAttributes attributes(String text, List<Mention> mentions);
}
