package org.vigil.store;

import java.util.List;
import java.util.Optional;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Analysis;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;
import org.vigil.model.Mention;
import org.vigil.pipeline.AnalysisSink;

/**
 * Where the record lives: documents with their mentions and claims, and the events and copies derived from
 * them. Implementations keep the SQL of their dialect in resource files; every write is one transaction.
 */
public interface EventStore extends AnalysisSink, AutoCloseable {
    /** True when a document with this content hash is stored. */
    boolean contains(String documentId);

    /** Stores a document with its mentions and claims in one transaction: all of it, or nothing. */
    void save(Analysis analysis);

    /**
     * Stores documents with their mentions and claims in one transaction: all of the batch, or nothing (a caller
     * whose batch fails can save its documents one by one to find the bad one). Documents already stored are
     * left alone.
     *
     * @return the ids of the documents that were new, in batch order
     */
    @Override
    List<String> saveAll(List<Analysis> batch);

    /**
     * Stores documents as {@link #saveAll(List)} does, and with each new one that is a post its {@link
     * org.vigil.model.Post} record, in the same transaction: a post is never stored without it.
     *
     * @param posts the post records of documents of the batch (by {@code documentId}); the others have none
     * @return the ids of the documents that were new, in batch order
     */
    List<String> saveAll(List<Analysis> batch, List<org.vigil.model.Post> posts);

    /** Every stored post record (documents that are Telegram or X posts), ordered by document id. */
    List<org.vigil.model.Post> posts();

    /**
     * Replaces the mentions and claims of stored documents with a new analysis of them (a re-run with another model
     * or pipeline), all in one transaction; the derived events are left for the caller to re-derive.
     */
    void replaceAnalyses(List<Analysis> batch);

    /** Every stored document with its mentions and claims, ordered by document id. */
    List<Analysis> analyses();

    /** Replaces the derived events and copies in one transaction. */
    void replaceCorpus(CorpusResult result);

    /** Every event, ordered by date then id. */
    List<Event> events();

    /** One page of the events that match the query, in the same order, with the total that match. */
    EventPage events(EventQuery query);

    /** Counts of the events that match the query, by day, type and place. */
    EventStats stats(EventQuery query);

    /** A document with its mentions and claims. */
    Optional<Analysis> analysis(String documentId);

    /** Removes a document with its mentions and claims (the caller re-derives events); false when unknown. */
    boolean deleteDocument(String documentId);

    Optional<Event> event(String id);

    Optional<Document> document(String id);

    /**
     * How many stored documents are in each language (ISO 639-1 or "und"; "-" for documents stored before languages
     * were recorded), by code.
     */
    default java.util.SortedMap<String, Integer> documentLanguages() {
        return new java.util.TreeMap<>();
    }

    List<CopyLink> copies();

    /** The mentions an event was built from, by document then position. */
    List<Mention> mentionsOf(String eventId);

    /** Every incident-chain link, ordered by the earlier event then the later. */
    List<IncidentLink> chains();

    /** The incident-chain links that start or end at this event. */
    List<IncidentLink> chainOf(String eventId);

    /** The copies whose two documents are both among these. */
    List<CopyLink> copiesAmong(java.util.Collection<String> documentIds);

    StoreCounts counts();

    /** False when documents were stored or removed since the events were last derived (e.g. an ingest was killed). */
    boolean corpusIsCurrent();

    /** People's judgements on this store's events, kept apart from the derived record. */
    org.vigil.review.ReviewStore reviews();

    /** Witness submissions and their photo and video evidence (originals by SHA-256, contacts kept apart). */
    org.vigil.evidence.EvidenceStore evidence();

    /**
     * What keeps event ids and reviewers' placements across re-derivation: pass it to
     * {@link org.vigil.corpus.CorpusAnalyzer#analyze(List, org.vigil.corpus.EventIdentity)}.
     */
    org.vigil.corpus.EventIdentity identity();

    @Override
    void close();
}
