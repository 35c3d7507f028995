package org.vigil.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.evidence.EvidenceInspector;
import org.vigil.evidence.EvidenceRejectedException;
import org.vigil.evidence.EvidenceTooLargeException;
import org.vigil.evidence.InspectedFile;

/**
 * The fields of {@code POST /api/submissions} (multipart/form-data), checked: {@code text} (required), {@code time}
 * (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]), {@code place} as typed, {@code lat} and {@code lon} (both or neither),
 * {@code contact}, {@code consent} (must be yes), and up to {@link #MAX_FILES} {@code attachment} files, each
 * inspected. Any bad field or file refuses the whole submission: nothing is stored.
 */
record SubmissionForm(String text, String time, String place, Double latitude, Double longitude, String contact,
                      List<InspectedFile> files) {
    static final int MAX_TEXT_CHARS = 50_000;
    static final int MAX_FILES = 10;
    static final int MAX_PLACE_CHARS = 300;
    static final int MAX_CONTACT_CHARS = 500;

    static SubmissionForm read(Context ctx, EvidenceInspector inspector) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            throw new ApiException(415, "send multipart/form-data (fields text, time, place, lat, lon, contact, consent, "
                    + "attachment), not '" + (type.isEmpty() ? "no content type" : type) + "'");
        }
        List<UploadedFile> uploads;
        String consent;
        try {
            consent = ctx.formParam("consent");
            uploads = ctx.uploadedFiles("attachment");
        } catch (RuntimeException e) {
            throw tooLargeOrBad(e);
        }
        String text = trimmed(ctx.formParam("text"), "text", MAX_TEXT_CHARS);
        if (text == null) {
            throw ApiException.badRequest("'text' is required: what the witness saw, in their own words");
        }
        if (consent == null || !List.of("yes", "true", "on", "1").contains(consent.trim().toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest("'consent' must be yes: the witness agrees to the statement the page shows");
        }
        Double[] at = coordinates(ctx.formParam("lat"), ctx.formParam("lon"));
        return new SubmissionForm(text, time(ctx.formParam("time")), trimmed(ctx.formParam("place"), "place", MAX_PLACE_CHARS),
                at[0], at[1], trimmed(ctx.formParam("contact"), "contact", MAX_CONTACT_CHARS), inspect(uploads, inspector));
    }

    private static List<InspectedFile> inspect(List<UploadedFile> uploads, EvidenceInspector inspector) {
        if (uploads.size() > MAX_FILES) {
            throw ApiException.badRequest(uploads.size() + " files attached; at most " + MAX_FILES + " per submission");
        }
        List<InspectedFile> out = new ArrayList<>();
        for (UploadedFile u : uploads) {
            String name = u.filename() == null || u.filename().isBlank() ? "attachment " + (out.size() + 1) : u.filename();
            try {
                if (u.size() > inspector.maxBytes()) {
                    throw new EvidenceTooLargeException(name, "the file is " + u.size() + " bytes, over the limit of "
                            + inspector.maxBytes());
                }
                byte[] bytes;
                try (InputStream in = u.content()) {
                    bytes = in.readAllBytes();
                }
                out.add(inspector.inspect(name, bytes));
            } catch (EvidenceTooLargeException e) {
                throw new ApiException(413, "submission refused, nothing stored: " + e.getMessage());
            } catch (EvidenceRejectedException e) {
                throw ApiException.badRequest("submission refused, nothing stored: " + e.getMessage());
            } catch (IOException e) {
                throw ApiException.badRequest("cannot read " + name + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Jetty's refusal of an oversized multipart body or file, or a body that is not multipart at all. */
    private static ApiException tooLargeOrBad(RuntimeException e) {
        String why = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        if (why.toLowerCase(Locale.ROOT).contains("exceeds")) {
            return new ApiException(413, "the submission is over the size limit: " + why.trim());
        }
        return ApiException.badRequest("cannot read the multipart body: " + why.trim());
    }

    private static String trimmed(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ApiException(413, "'" + field + "' is " + v.length() + " characters, over the limit of " + max);
        }
        return v;
    }

    private static String time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                java.time.LocalDate.parse(v);
            } else if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
                java.time.LocalDateTime.parse(v);
            } else {
                throw new java.time.format.DateTimeParseException("bad form", v, 0);
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("'time' must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not '" + v + "'");
        }
        return v;
    }

    private static Double[] coordinates(String lat, String lon) {
        boolean noLat = lat == null || lat.isBlank();
        boolean noLon = lon == null || lon.isBlank();
        if (noLat && noLon) {
            return new Double[] {null, null};
        }
        if (noLat || noLon) {
            throw ApiException.badRequest("give both 'lat' and 'lon', or neither");
        }
        try {
            double a = Double.parseDouble(lat.strip());
            double o = Double.parseDouble(lon.strip());
            if (!(Math.abs(a) <= 90) || !(Math.abs(o) <= 180)) {
                throw new NumberFormatException();
            }
            return new Double[] {a, o};
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'lat' must be a number in -90..90 and 'lon' in -180..180, not '" + lat + "', '" + lon + "'");
        }
    }
}
