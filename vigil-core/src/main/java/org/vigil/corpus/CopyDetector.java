package org.vigil.corpus;

import java.util.List;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;

/** Finds documents that share copied passages: copies are not corroboration. */
public interface CopyDetector {
    /** One link per pair of documents that share a passage, with {@code documentA < documentB}, sorted. */
    List<CopyLink> find(List<Document> documents);
}
