package org.vigil.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where submissions and their files live. Originals are content-addressed (one copy per SHA-256, never changed);
 * thumbnails are kept apart from them; the witness's contact is kept apart from everything and read only by
 * {@link #contact}.
 */
public interface EvidenceStore {
    /**
     * Stores a submission with its files and the contact in one transaction: all of it, or nothing. A file whose
     * SHA-256 is stored already is not stored again.
     */
    void save(Submission submission, String contact, List<InspectedFile> files);

    Optional<Submission> submission(String id);

    /** The submissions whose text became one of these documents, oldest first. */
    List<Submission> submissionsOf(Collection<String> documentIds);

    Optional<EvidenceFile> file(String sha256);

    /** The original bytes, exactly as received. */
    Optional<StoredBytes> original(String sha256);

    Optional<StoredBytes> thumbnail(String sha256);

    /** Stored photos whose difference hash is within {@code maxDistance} bits of this hash, nearest first. */
    List<NearDuplicate> nearDuplicates(long dhash, int maxDistance);

    /** Other stored photos whose difference hash is within {@code maxDistance} bits of a stored photo's, nearest first. */
    default List<NearDuplicate> nearDuplicates(String sha256, int maxDistance) {
        return file(sha256).filter(f -> f.dhash() != null)
                .map(f -> nearDuplicates(f.dhash(), maxDistance).stream().filter(d -> !d.sha256().equals(sha256)).toList())
                .orElse(List.of());
    }

    /** The witness's contact: for an admin's eyes only, never exported. */
    Optional<String> contact(String submissionId);

    /** Bytes with their media type. */
    record StoredBytes(String mediaType, byte[] content) {
    }

    /** A stored photo near another, with the Hamming distance between their hashes. */
    record NearDuplicate(String sha256, int distance) {
    }
}
