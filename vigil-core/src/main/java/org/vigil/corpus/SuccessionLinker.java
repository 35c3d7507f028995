package org.vigil.corpus;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Precision;

/**
 * Links events by the usual succession of a protest wave, in one place and a short period:
 * <ul>
 * <li><b>repression</b>: a protest, then violence or arrests there the same day or the next;</li>
 * <li><b>reaction</b>: violence or arrests, then a protest, strike or funeral there within {@value #REACTION_DAYS} days;</li>
 * <li><b>restriction</b>: a protest, violence or arrests, then a shutdown, curfew, ban or censorship there
 *     within {@value #RESTRICTION_DAYS} days;</li>
 * <li><b>continuation</b>: a protest, then another protest there within {@value #CONTINUATION_DAYS} days.</li>
 * </ul>
 * Only news events dated to the day and placed at a city or finer, or in a region that contains the other
 * place, are linked; each event gets at most one predecessor per relation, the nearest in time, so chains
 * stay readable. Links run forward in time, so chains have no cycles.
 */
public final class SuccessionLinker implements IncidentLinker {
    static final long REPRESSION_DAYS = 1;
    static final long REACTION_DAYS = 7;
    static final long RESTRICTION_DAYS = 7;
    static final long CONTINUATION_DAYS = 2;
    static final double NEAR_KM = 25;
    private static final Set<String> RESTRICTIONS = Set.of("censor", "internet-shutdown", "curfew", "martial-law",
            "ban", "restrict");

    /** What an event is, for chaining. */
    enum Role { PROTEST, VIOLENCE, ARREST, RESTRICTION, OTHER }

    private record Relation(String name, Role from, Role to, long maxDays, boolean sameDay) {
    }

    private static final List<Relation> RELATIONS = List.of(
            new Relation("repression", Role.PROTEST, Role.VIOLENCE, REPRESSION_DAYS, true),
            new Relation("repression", Role.PROTEST, Role.ARREST, REPRESSION_DAYS, true),
            new Relation("reaction", Role.VIOLENCE, Role.PROTEST, REACTION_DAYS, false),
            new Relation("reaction", Role.ARREST, Role.PROTEST, REACTION_DAYS, false),
            new Relation("restriction", Role.PROTEST, Role.RESTRICTION, RESTRICTION_DAYS, true),
            new Relation("restriction", Role.VIOLENCE, Role.RESTRICTION, RESTRICTION_DAYS, true),
            new Relation("restriction", Role.ARREST, Role.RESTRICTION, RESTRICTION_DAYS, true),
            new Relation("continuation", Role.PROTEST, Role.PROTEST, CONTINUATION_DAYS, false));

    @Override
    public List<IncidentLink> link(List<Event> events) {
        Map<String, List<Event>> byRegion = new TreeMap<>();
        for (Event e : events) {
            if (linkable(e)) {
                byRegion.computeIfAbsent(e.place().country() + "/" + e.place().admin1(), k -> new ArrayList<>()).add(e);
            }
        }
        List<IncidentLink> out = new ArrayList<>();
        for (List<Event> region : byRegion.values()) {
            region.sort(Comparator.comparing((Event e) -> e.date().start()).thenComparing(Event::id));
            long reach = longestSpanDays(region) + REACTION_DAYS;
            for (Event later : region) {
                List<Event> window = window(region, later, reach);
                for (Relation r : RELATIONS) {
                    if (role(later) == r.to()) {
                        predecessor(window, later, r).ifPresent(earlier -> out.add(link(earlier, later, r)));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(IncidentLink::fromEventId).thenComparing(IncidentLink::toEventId)
                .thenComparing(IncidentLink::relation));
        return out;
    }

    private static long longestSpanDays(List<Event> region) {
        return region.stream().mapToLong(e -> ChronoUnit.DAYS.between(e.date().start(), e.date().end())).max().orElse(0);
    }

    /**
     * The events (sorted by start) that start from {@code reach} days before {@code later} to its start day: the
     * only ones that can precede it, so a busy region costs a window per event, not the whole region.
     */
    private static List<Event> window(List<Event> sorted, Event later, long reach) {
        java.time.LocalDate from = later.date().start().minusDays(reach);
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).date().start().isBefore(from)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < sorted.size() && !sorted.get(end).date().start().isAfter(later.date().start())) {
            end++;
        }
        return sorted.subList(lo, end);
    }

    static boolean linkable(Event e) {
        return !e.historical() && !e.future() && e.date() != null && e.date().precision() == Precision.DAY
                && e.place() != null && e.place().precision() != PlacePrecision.COUNTRY
                && e.place().precision() != PlacePrecision.UNKNOWN && role(e) != Role.OTHER;
    }

    static Role role(Event e) {
        if (e.type() == PloverType.PROTEST) {
            return Role.PROTEST;
        }
        if (e.type() == PloverType.ASSAULT) {
            return Role.VIOLENCE;
        }
        if (e.type() == PloverType.COERCE) {
            return e.modes().stream().anyMatch(RESTRICTIONS::contains) ? Role.RESTRICTION : Role.ARREST;
        }
        return Role.OTHER;
    }

    /** The nearest earlier event of the relation's kind, in a place that agrees, within its days. */
    private static Optional<Event> predecessor(List<Event> region, Event later, Relation r) {
        Event best = null;
        for (Event e : region) {
            if (e == later || role(e) != r.from() || !inOrder(e, later, r) || samePlace(e.place(), later.place()) == null) {
                continue;
            }
            if (best == null || e.date().end().isAfter(best.date().end())
                    || e.date().end().equals(best.date().end()) && e.independentSources() > best.independentSources()) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean inOrder(Event earlier, Event later, Relation r) {
        boolean after = r.sameDay() ? !later.date().start().isBefore(earlier.date().start())
                : later.date().start().isAfter(earlier.date().end());
        return after && ChronoUnit.DAYS.between(earlier.date().end(), later.date().start()) <= r.maxDays();
    }

    /** How two places agree, in words, or null when they do not. */
    static String samePlace(Place a, Place b) {
        if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
            return "same place (" + a.name() + ")";
        }
        boolean aRegion = a.precision() == PlacePrecision.ADMIN1;
        boolean bRegion = b.precision() == PlacePrecision.ADMIN1;
        if (!aRegion && !bRegion) {
            double km = a.distanceKm(b);
            return km <= NEAR_KM ? a.name() + " and " + b.name() + " " + Math.round(km) + " km apart" : null;
        }
        boolean sameRegion = a.admin1() != null && a.admin1().equals(b.admin1()) && a.country().equals(b.country());
        if (!sameRegion) {
            return null;
        }
        return aRegion ? b.name() + " is in " + a.name() : a.name() + " is in " + b.name();
    }

    private static IncidentLink link(Event earlier, Event later, Relation r) {
        long days = ChronoUnit.DAYS.between(earlier.date().end(), later.date().start());
        String when = days < 0 ? "while it went on" : days == 0 ? "the same day" : days == 1 ? "1 day later" : days + " days later";
        String reason = describe(earlier) + ", then " + describe(later) + ", " + when + ", "
                + samePlace(earlier.place(), later.place()) + ": " + r.name();
        return new IncidentLink(earlier.id(), later.id(), r.name(), reason);
    }

    private static String describe(Event e) {
        String modes = e.modes().isEmpty() ? "" : " (" + String.join(", ", e.modes()) + ")";
        String when = e.date().start().equals(e.date().end()) ? "on " + e.date().start()
                : "from " + e.date().start() + " to " + e.date().end();
        return e.type() + modes + " in " + e.place().name() + " " + when;
    }
}
