package org.vigil.store;

import java.util.List;
import java.util.Optional;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Analysis;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.model.Event;

/**
 * Where the record lives: documents with their mentions and claims, and the events and copies derived from
 * them. Implementations keep the SQL of their dialect in resource files; every write is one transaction.
 */
public interface EventStore extends AutoCloseable {
    /** True when a document with this content hash is stored. */
    boolean contains(String documentId);

    /** Stores a document with its mentions and claims in one transaction: all of it, or nothing. */
    void save(Analysis analysis);

    /** Every stored document with its mentions and claims, ordered by document id. */
    List<Analysis> analyses();

    /** Replaces the derived events and copies in one transaction. */
    void replaceCorpus(CorpusResult result);

    List<Event> events();

    Optional<Event> event(String id);

    Optional<Document> document(String id);

    List<CopyLink> copies();

    StoreCounts counts();

    @Override
    void close();
}
