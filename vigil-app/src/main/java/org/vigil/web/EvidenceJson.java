package org.vigil.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.evidence.EvidenceFile;
import org.vigil.evidence.EvidenceStore;
import org.vigil.evidence.MediaMetadata;
import org.vigil.evidence.PerceptualHash;
import org.vigil.evidence.Submission;

/**
 * Submissions and their files as the API shows them: never the contact. A file's capture time and GPS are what its
 * metadata claims, marked as such.
 */
public final class EvidenceJson {
    static final String METADATA_NOTE = "claimed by the file's metadata, not verified";

    private EvidenceJson() {
    }

    /** The witness submissions among these documents, and their files with the near-duplicates of each photo. */
    static Map<String, Object> ofDocuments(List<String> documentIds, EvidenceStore store) {
        List<Map<String, Object>> submissions = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        for (Submission s : store.submissionsOf(documentIds)) {
            submissions.add(submission(s));
            for (Submission.SubmittedFile sf : s.files()) {
                store.file(sf.sha256()).ifPresent(f -> {
                    Map<String, Object> m = file(f, sf.fileName());
                    m.put("submission", s.id());
                    m.put("near_duplicates", store.nearDuplicates(f.sha256(), PerceptualHash.NEAR_DUPLICATE_DISTANCE)
                            .stream().map(EvidenceJson::nearDuplicate).toList());
                    files.add(m);
                });
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("submissions", submissions);
        out.put("evidence", files);
        return out;
    }

    static Map<String, Object> submission(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("claimant", s.claimant());
        m.put("document", s.documentId());
        m.put("received_at", s.receivedAt().toString());
        m.put("time_given", s.timeGiven());
        m.put("place_given", s.placeGiven());
        m.put("latitude", s.latitude());
        m.put("longitude", s.longitude());
        m.put("files", s.files().stream().map(Submission.SubmittedFile::sha256).toList());
        return m;
    }

    static Map<String, Object> file(EvidenceFile f, String fileName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", f.sha256());
        m.put("file_name", fileName);
        m.put("media_type", f.mediaType());
        m.put("kind", f.kind().code());
        m.put("size", f.size());
        m.put("width", f.width());
        m.put("height", f.height());
        m.put("dhash", f.dhash() == null ? null : PerceptualHash.hex(f.dhash()));
        m.put("url", "/api/evidence/" + f.sha256());
        m.put("thumbnail", f.dhash() == null ? null : "/api/evidence/" + f.sha256() + "/thumbnail");
        m.put("metadata", metadata(f.metadata()));
        return m;
    }

    /** What a file's metadata claims, in the API's words, with the note that it is a claim. */
    public static Map<String, Object> metadata(MediaMetadata md) {
        MediaMetadata m = md == null ? MediaMetadata.NONE : md;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("note", METADATA_NOTE);
        out.put("captured_at", m.capturedAt());
        out.put("captured_at_source", m.capturedAtSource());
        out.put("latitude", m.latitude());
        out.put("longitude", m.longitude());
        out.put("location_source", m.locationSource());
        out.put("camera", m.camera());
        out.put("orientation", m.orientation());
        out.put("error", m.error());
        return out;
    }

    private static Map<String, Object> nearDuplicate(EvidenceStore.NearDuplicate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", d.sha256());
        m.put("distance", d.distance());
        m.put("url", "/api/evidence/" + d.sha256());
        m.put("thumbnail", "/api/evidence/" + d.sha256() + "/thumbnail");
        return m;
    }
}
