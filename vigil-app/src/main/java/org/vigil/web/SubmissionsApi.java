package org.vigil.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.evidence.EvidenceInspector;
import org.vigil.evidence.EvidenceStore;
import org.vigil.evidence.InspectedFile;
import org.vigil.evidence.Submission;
import org.vigil.evidence.WitnessText;
import org.vigil.geo.Gazetteers;
import org.vigil.geo.NearbyPlace;
import org.vigil.geo.NearbyPlaces;
import org.vigil.ingest.DocumentRejectedException;
import org.vigil.ingest.DocumentTooLargeException;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.pipeline.StageException;
import org.vigil.store.StoreException;

/**
 * {@code POST /api/submissions}: a witness's report with photos and videos. The text becomes a document (publisher
 * and claimant "witness sub-...", a new anonymous id per submission; published: the time given, else the day it
 * came) analysed and stored by the ingestor like any other, so its events join the record; the files become
 * evidence linked to it. A point picked on the map without a typed place gives the text the place of the point
 * ({@link NearbyPlaces}: the place covering or nearest to it, else its region), and the receipt says how far it
 * is. Every field and file is checked before anything is written; the document and the
 * submission are written in turn, and a failure of the second removes the first: never half a submission.
 */
final class SubmissionsApi {
    /** What the witness agrees to by ticking the box; recorded word for word with the time. */
    static final String CONSENT = "I agree that this project keeps my report and files and may publish them without my "
            + "name or contact; my contact, if I give one, is only for the team to reach me and is never published.";
    static final String PUBLISHER_AFFILIATION = WitnessText.AFFILIATION;
    private final EvidenceStore evidence;
    private final Ingestor ingestor;
    private final SubmissionAuth auth;
    private final EvidenceInspector inspector;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private volatile NearbyPlaces nearby;

    SubmissionsApi(EvidenceStore evidence, Ingestor ingestor, SubmissionAuth auth, EvidenceInspector inspector) {
        this.evidence = evidence;
        this.ingestor = ingestor;
        this.auth = auth;
        this.inspector = inspector;
    }

    void create(Context ctx) {
        String via = auth.submitter(ctx);
        if (ingestor == null) {
            throw new ApiException(403, "this server takes no submissions (it was started without an ingest path)");
        }
        SubmissionForm form = SubmissionForm.read(ctx, inspector);
        String id = "sub-" + HexFormat.of().formatHex(bytes(6));
        Instant now = clock.instant();
        NearbyPlace picked = pickedPlace(form);
        Ingestor.Upload doc = ingest(id, form, picked, now);
        Submission s = new Submission(id, doc.documentId(), now, form.time(), form.place(), form.latitude(),
                form.longitude(), CONSENT, now, via, form.files().stream()
                .map(f -> new Submission.SubmittedFile(f.file().sha256(), f.fileName())).toList());
        try {
            evidence.save(s, form.contact(), form.files());
        } catch (StoreException e) {
            if (doc.created()) {
                ingestor.delete(doc.documentId()); // nothing half-written: the text goes with its refused submission
            }
            throw e;
        }
        ctx.status(201).header("Location", "/api/documents/" + doc.documentId()).json(receipt(s, form, picked));
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The place of the point picked on the map when no place was typed; null when none or none is near. */
    private NearbyPlace pickedPlace(SubmissionForm form) {
        if (form.place() != null || form.latitude() == null) {
            return null;
        }
        NearbyPlaces index = nearby;
        if (index == null) {
            synchronized (this) {
                if (nearby == null) {
                    nearby = new NearbyPlaces(Gazetteers.standard());
                }
                index = nearby;
            }
        }
        return index.at(form.latitude(), form.longitude()).orElse(null);
    }

    private Ingestor.Upload ingest(String id, SubmissionForm form, NearbyPlace picked, Instant now) {
        String text = WitnessText.document(form.text(), form.place(), picked == null ? null : picked.written());
        String published = form.time() != null ? form.time().substring(0, 10) : now.toString().substring(0, 10);
        SourceMetadata meta = new SourceMetadata("submission:" + id, "witness " + id, PUBLISHER_AFFILIATION,
                SourceMetadata.date(published));
        try {
            return ingestor.ingestOne(text.getBytes(StandardCharsets.UTF_8), false, "submission:" + id, meta);
        } catch (DocumentTooLargeException e) {
            throw new ApiException(413, "the text is over the size limit: " + e.getMessage());
        } catch (DocumentRejectedException e) {
            throw ApiException.badRequest("the text was refused: " + e.getMessage());
        } catch (StageException e) {
            throw ApiException.badRequest("the text could not be analysed: " + e.getMessage());
        }
    }

    private static Map<String, Object> receipt(Submission s, SubmissionForm form, NearbyPlace picked) {
        List<InspectedFile> files = form.files();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("document", s.documentId());
        m.put("claimant", s.claimant());
        m.put("received_at", s.receivedAt().toString());
        m.put("consent", s.consent());
        if (form.place() == null && form.latitude() != null) {
            m.put("place_from_map", picked != null ? picked.describe()
                    : "none: no place of the gazetteer within " + (int) NearbyPlaces.REGION_KM + " km of the point");
        }
        m.put("files", files.stream().map(f -> EvidenceJson.file(f.file(), f.fileName())).toList());
        List<String> warnings = new ArrayList<>();
        files.forEach(f -> warnings.addAll(f.warnings()));
        m.put("warnings", warnings);
        return m;
    }

    /** {@code GET /api/submissions/{id}}: the submission with the contact, for an admin only. */
    void one(Context ctx) {
        auth.requireAdmin(ctx);
        String id = ctx.pathParam("id");
        Submission s = evidence.submission(id).orElseThrow(() -> ApiException.notFound("submission '" + id + "'"));
        Map<String, Object> m = EvidenceJson.submission(s);
        m.put("consent", s.consent());
        m.put("consented_at", s.consentedAt().toString());
        m.put("received_via", s.receivedVia());
        m.put("contact", evidence.contact(id).orElse(null));
        ctx.json(m);
    }
}
