package org.vigil.mention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.geo.Toponym;
import org.vigil.model.DateRange;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.time.TimeMention;

/**
 * What a document is about, for mentions whose sentence does not say: the city named most often as a
 * location (sites count for their city), the country named most often, and the earliest date the document
 * can have been published (its publication date, else the latest date it states).
 */
record DocumentFocus(Place city, Place country, LocalDate earliestPublication, LocalDate latestPublication) {

    static DocumentFocus of(List<Toponym> toponyms, List<TimeMention> times, DateRange published) {
        Place city = mostFrequent(toponyms.stream().filter(t -> t.role() == Toponym.Role.LOCATION)
                .map(Toponym::place)
                .filter(p -> p.precision() == PlacePrecision.CITY || p.precision() == PlacePrecision.SITE)
                .map(p -> p.withPrecision(PlacePrecision.CITY, p.nameAsWritten())).toList());
        Map<String, Integer> countries = new HashMap<>();
        for (Toponym t : toponyms) {
            if (t.place().country() != null) {
                countries.merge(t.place().country(), 1, Integer::sum);
            }
        }
        Place country = toponyms.stream()
                .filter(t -> t.place().precision() == PlacePrecision.COUNTRY)
                .map(Toponym::place)
                .filter(p -> p.country().equals(topKey(countries)))
                .findFirst().orElse(null);
        LocalDate earliest = published != null ? published.start()
                : times.stream().map(t -> t.range().end()).max(Comparator.naturalOrder()).orElse(null);
        LocalDate latest = published != null ? published.end() : earliest;
        return new DocumentFocus(city, country, earliest, latest);
    }

    private static Place mostFrequent(List<Place> places) {
        Map<Long, Integer> counts = new HashMap<>();
        places.forEach(p -> counts.merge(p.geonameId() == null ? -1L : p.geonameId(), 1, Integer::sum));
        return places.stream()
                .max(Comparator.comparingInt((Place p) -> counts.get(p.geonameId() == null ? -1L : p.geonameId()))
                        .thenComparing(p -> -places.indexOf(p)))
                .orElse(null);
    }

    private static String topKey(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The day the report was published, when it is known to the day; else null. */
    DateRange publicationDay() {
        return earliestPublication != null && earliestPublication.equals(latestPublication)
                ? DateRange.day(earliestPublication, null) : null;
    }

    /** The event ended more than 30 days before the earliest possible publication date. */
    boolean historical(DateRange date) {
        return date != null && earliestPublication != null && date.end().isBefore(earliestPublication.minusDays(30));
    }

    /**
     * The date of a planned event: a weekday read as the past one ("called for a strike from Sunday" in a Monday
     * report) is the next one, since what is planned cannot have happened before the report.
     */
    DateRange planned(DateRange date) {
        if (date == null || earliestPublication == null || date.precision() != org.vigil.model.Precision.DAY
                || !date.end().isBefore(earliestPublication) || date.text() == null || !WEEKDAY.matcher(date.text()).find()) {
            return date;
        }
        LocalDate d = date.start();
        while (d.isBefore(earliestPublication)) {
            d = d.plusDays(7);
        }
        return DateRange.day(d, date.text());
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /** The event starts after the latest possible publication date. */
    boolean future(DateRange date) {
        return date != null && latestPublication != null && date.start().isAfter(latestPublication);
    }
}
