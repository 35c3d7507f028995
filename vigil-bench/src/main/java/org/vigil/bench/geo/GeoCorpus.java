package org.vigil.bench.geo;

import java.util.List;
import java.util.Map;

/**
 * A geoparsing corpus: document texts, the gold toponyms of each (with coordinates), and the shipped outputs of
 * peer systems, one list per document, by system name. {@code nameOnly} names peers whose offsets are not
 * character offsets (matched by name alone, as the corpus authors did).
 */
public record GeoCorpus(String name, List<String> texts, List<List<GeoToponym>> gold,
                        Map<String, List<List<GeoToponym>>> peers, List<String> nameOnly) {
}
