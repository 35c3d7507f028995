package org.vigil.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.mention.AcledCoder;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.DateRange;
import org.vigil.model.Event;
import org.vigil.model.PloverType;
import org.vigil.model.Precision;

/**
 * The fields a reviewer can pin, how a value of each is checked, what the machine says for it, and the event as
 * the record shows it once pins are applied. A figure is pinned as {@code LOW..HIGH} or {@code LOW..HIGH best N},
 * every number taken from the event's own claims of that kind: never an average made silently.
 */
public final class ReviewFields {
    public static final List<String> FIELDS = List.of("type", "acled_sub_event_type", "date", "place", "modes", "actors",
            "killed", "injured", "arrested", "detained", "disappeared", "participants");

    private ReviewFields() {
    }

    /** The value normalised, or a {@link ReviewException} saying the expected form. */
    public static String check(String field, String value, Event e) {
        if (!FIELDS.contains(field)) {
            throw ReviewException.badValue("field", field, String.join(", ", FIELDS));
        }
        if (value == null || value.isBlank() || value.length() > 500) {
            throw new ReviewException("bad_value", field + ": a value of 1 to 500 characters is needed");
        }
        String v = value.strip();
        return switch (field) {
            case "type" -> plover(v).name();
            case "acled_sub_event_type" -> subEventType(v);
            case "date" -> date(v).toString();
            case "place" -> place(v, e);
            case "modes", "actors" -> v;
            default -> figure(ClaimKind.valueOf(field.toUpperCase(Locale.ROOT)), v, e);
        };
    }

    /** What the machine derived for a field, as text (null when it has nothing). */
    public static String machine(String field, Event e) {
        return switch (field) {
            case "type" -> e.type().name();
            case "acled_sub_event_type" -> e.acledSubEventType();
            case "date" -> e.date() == null ? null : range(e.date().start(), e.date().end());
            case "place" -> e.place() == null ? null : e.place().name() + ", " + e.place().country();
            case "modes" -> String.join(", ", e.modes());
            case "actors" -> String.join(", ", e.actors().stream().map(a -> a.name()).toList());
            default -> machineFigure(ClaimKind.valueOf(field.toUpperCase(Locale.ROOT)), e.claims());
        };
    }

    /** The event with the pinned type, sub-type and date in place of the machine's. */
    public static Event apply(Event e, EventReview r) {
        if (r == null || r.pins().isEmpty()) {
            return e;
        }
        PloverType type = r.pins().containsKey("type") ? PloverType.valueOf(r.pins().get("type")) : e.type();
        String sub = r.pins().getOrDefault("acled_sub_event_type", e.acledSubEventType());
        String eventType = r.pins().containsKey("acled_sub_event_type") ? AcledCoder.eventTypeOf(sub) : e.acledEventType();
        DateRange date = e.date();
        if (r.pins().containsKey("date")) {
            String[] d = r.pins().get("date").split("/");
            date = new DateRange(LocalDate.parse(d[0]), LocalDate.parse(d[d.length - 1]), Precision.DAY, "pinned by review");
        }
        org.vigil.model.Place place = r.pins().containsKey("place") ? resolve(r.pins().get("place")).orElse(e.place()) : e.place();
        return new Event(e.id(), type, e.modes(), eventType, sub, e.historical(), e.future(), date, place, e.actors(),
                e.recipients(), e.claims(), e.disputed(), e.documents(), e.independentSources(), e.slogans(), e.reasons(),
                e.mentionIds(), e.confidence());
    }

    /** "Kazerun" or "Kazerun, IR": a gazetteer place (in the event's country when the name gives none), as "Name, CC". */
    private static String place(String v, Event e) {
        String[] parts = v.split(",\\s*");
        String country = parts.length > 1 ? parts[parts.length - 1].trim() : e.place() == null ? null : e.place().country();
        var p = resolve(parts[0] + (country == null ? "" : ", " + country));
        if (p.isEmpty() && parts.length == 1) {
            p = resolve(parts[0]); // not in the event's country: anywhere
        }
        return p.map(x -> x.name() + ", " + x.country()).orElseThrow(() -> new ReviewException("bad_value",
                "place: the gazetteer has no '" + v + "'; give a place name, optionally with its country code (\"Kazerun, IR\")"));
    }

    private static java.util.Optional<org.vigil.model.Place> resolve(String pinned) {
        String[] parts = pinned.split(",\\s*");
        String country = parts.length > 1 && parts[parts.length - 1].trim().length() == 2 ? parts[parts.length - 1].trim() : null;
        return org.vigil.geo.PlaceNames.resolve(org.vigil.geo.Gazetteers.standard(), parts[0].trim(), country);
    }

    private static PloverType plover(String v) {
        try {
            return PloverType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw ReviewException.badValue("PLOVER type", v, java.util.Arrays.toString(PloverType.values()));
        }
    }

    private static String subEventType(String v) {
        return AcledCoder.subEventTypes().stream().filter(s -> s.equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> ReviewException.badValue("ACLED sub-event type", v, String.join("; ", AcledCoder.subEventTypes())));
    }

    private static String date(String v) {
        String[] parts = v.split("/");
        try {
            LocalDate start = LocalDate.parse(parts[0]);
            LocalDate end = parts.length == 2 ? LocalDate.parse(parts[1]) : start;
            if (parts.length > 2 || end.isBefore(start)) {
                throw new DateTimeParseException("range", v, 0);
            }
            return range(start, end);
        } catch (DateTimeParseException ex) {
            throw new ReviewException("bad_value", "date: '" + v + "' is not YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD (start <= end)");
        }
    }

    private static String range(LocalDate start, LocalDate end) {
        return start == null ? null : start.equals(end) || end == null ? start.toString() : start + "/" + end;
    }

    private static String figure(ClaimKind kind, String v, Event e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.\\.(\\d+|)(?:\\s+best\\s+(\\d+))?").matcher(v);
        if (!m.matches()) {
            throw new ReviewException("bad_value", kind.name().toLowerCase(Locale.ROOT)
                    + ": expected LOW..HIGH or LOW..HIGH best N (HIGH may be empty: no upper bound)");
        }
        Set<Long> said = new TreeSet<>();
        e.claims().stream().filter(c -> c.kind() == kind).forEach(c -> {
            if (c.low() != null) {
                said.add(c.low());
            }
            if (c.high() != null) {
                said.add(c.high());
            }
        });
        for (int g = 1; g <= 3; g++) {
            String n = m.group(g);
            if (n != null && !n.isEmpty() && !said.contains(Long.parseLong(n))) {
                throw new ReviewException("bad_value", kind.name().toLowerCase(Locale.ROOT) + ": " + n
                        + " is not a figure any claim of this event gives (claims give " + said + ")");
            }
        }
        return v;
    }

    private static String machineFigure(ClaimKind kind, List<Claim> claims) {
        List<Claim> of = claims.stream().filter(c -> c.kind() == kind).toList();
        if (of.isEmpty()) {
            return null;
        }
        long low = of.stream().map(Claim::low).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).min().orElse(0);
        boolean open = of.stream().anyMatch(c -> c.high() == null);
        long high = of.stream().map(Claim::high).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max().orElse(low);
        return low + ".." + (open ? "" : Long.toString(high));
    }
}
