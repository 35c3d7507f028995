package org.vigil.evidence;

import java.util.List;

/**
 * A file that passed inspection, ready to store: its record, the original bytes untouched, the derived thumbnail
 * (null for a video) and warnings the sender should see (metadata that could not be read).
 */
public record InspectedFile(String fileName, EvidenceFile file, byte[] original, byte[] thumbnail, List<String> warnings) {
    public InspectedFile {
        warnings = List.copyOf(warnings);
    }
}
