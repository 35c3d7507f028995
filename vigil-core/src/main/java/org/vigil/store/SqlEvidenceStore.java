package org.vigil.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.vigil.evidence.EvidenceFile;
import org.vigil.evidence.EvidenceStore;
import org.vigil.evidence.InspectedFile;
import org.vigil.evidence.PerceptualHash;
import org.vigil.evidence.Submission;

/**
 * Submissions and evidence in the SQL store, on the store's connection and under its lock. Originals and thumbnails
 * are blobs (BLOB in SQLite, BYTEA in PostgreSQL) keyed by SHA-256: the same on both dialects, written in the
 * submission's own transaction, and moved, backed up and removed with the store itself.
 */
final class SqlEvidenceStore implements EvidenceStore {
    private final Handle h;
    private final Object lock;
    private final Function<String, String> q;

    SqlEvidenceStore(Handle h, Object lock, Function<String, String> q) {
        this.h = h;
        this.lock = lock;
        this.q = q;
    }

    @Override
    public void save(Submission s, String contact, List<InspectedFile> files) {
        synchronized (lock) {
            try {
                h.useTransaction(t -> {
                    for (InspectedFile f : files) {
                        writeFile(t, f);
                    }
                    t.createUpdate(q.apply("insert_submission")).bind("id", s.id()).bind("documentId", s.documentId())
                            .bind("receivedAt", s.receivedAt().toString()).bind("consentAt", s.consentedAt().toString())
                            .bind("record", Json.write(s)).execute();
                    int ordinal = 0;
                    for (Submission.SubmittedFile f : s.files()) {
                        t.createUpdate(q.apply("insert_submission_evidence")).bind("submissionId", s.id())
                                .bind("ordinal", ordinal++).bind("sha256", f.sha256()).bind("fileName", f.fileName()).execute();
                    }
                    if (contact != null && !contact.isBlank()) {
                        t.createUpdate(q.apply("insert_submission_contact")).bind("submissionId", s.id())
                                .bind("contact", contact).execute();
                    }
                });
            } catch (org.jdbi.v3.core.JdbiException e) {
                throw new StoreException("cannot store submission " + s.id() + ": " + e.getMessage(), e);
            }
        }
    }

    private void writeFile(Handle t, InspectedFile f) {
        EvidenceFile e = f.file();
        t.createUpdate(q.apply("insert_evidence_file")).bind("sha256", e.sha256()).bind("mediaType", e.mediaType())
                .bind("kind", e.kind().code()).bind("size", e.size()).bind("dhash", e.dhash())
                .bind("record", Json.write(e)).bind("content", f.original()).execute();
        if (f.thumbnail() != null) {
            t.createUpdate(q.apply("insert_evidence_thumbnail")).bind("sha256", e.sha256()).bind("mediaType", "image/jpeg")
                    .bind("content", f.thumbnail()).execute();
        }
    }

    @Override
    public Optional<Submission> submission(String id) {
        synchronized (lock) {
            return h.createQuery(q.apply("select_submission")).bind("id", id).mapTo(String.class).findOne()
                    .map(r -> Json.read(r, Submission.class));
        }
    }

    @Override
    public List<Submission> submissionsOf(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        synchronized (lock) {
            return h.createQuery(q.apply("select_submissions_of_documents")).bindList("documentIds", List.copyOf(documentIds))
                    .mapTo(String.class).list().stream().map(r -> Json.read(r, Submission.class)).toList();
        }
    }

    @Override
    public Optional<EvidenceFile> file(String sha256) {
        synchronized (lock) {
            return h.createQuery(q.apply("select_evidence_file")).bind("sha256", sha256).mapTo(String.class).findOne()
                    .map(r -> Json.read(r, EvidenceFile.class));
        }
    }

    @Override
    public Optional<StoredBytes> original(String sha256) {
        return bytes("select_evidence_content", sha256);
    }

    @Override
    public Optional<StoredBytes> thumbnail(String sha256) {
        return bytes("select_evidence_thumbnail", sha256);
    }

    private Optional<StoredBytes> bytes(String query, String sha256) {
        synchronized (lock) {
            return h.createQuery(q.apply(query)).bind("sha256", sha256)
                    .map((rs, ctx) -> new StoredBytes(rs.getString(1), rs.getBytes(2))).findOne();
        }
    }

    @Override
    public List<NearDuplicate> nearDuplicates(long dhash, int maxDistance) {
        List<NearDuplicate> out = new ArrayList<>();
        synchronized (lock) {
            h.createQuery(q.apply("select_evidence_dhashes")).map((rs, ctx) -> new NearDuplicate(rs.getString(1),
                    PerceptualHash.distance(dhash, rs.getLong(2)))).forEach(d -> {
                        if (d.distance() <= maxDistance) {
                            out.add(d);
                        }
                    });
        }
        out.sort(Comparator.comparingInt(NearDuplicate::distance).thenComparing(NearDuplicate::sha256));
        return out;
    }

    @Override
    public Optional<String> contact(String submissionId) {
        synchronized (lock) {
            return h.createQuery(q.apply("select_submission_contact")).bind("submissionId", submissionId)
                    .mapTo(String.class).findOne();
        }
    }
}
