package org.vigil.bench.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigil.model.Actor;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.DateRange;
import org.vigil.model.DocumentRef;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Span;

/**
 * A made-up but realistic record for load tests: events over ten years in a few hundred places, a mix of
 * types, claims by several claimants (some disputed), historical references. Seeded, so runs compare.
 */
final class SyntheticRecord {
    private static final String[] CITIES = {"Khartoum", "Lima", "Minsk", "Santiago", "Kazerun", "Tehran", "Lagos",
        "Dhaka", "Quito", "Yangon", "Caracas", "Algiers", "Harare", "Hong Kong", "Bishkek", "Tbilisi", "Kinshasa",
        "La Paz", "Bogota", "Nairobi", "Beirut", "Baghdad", "Colombo", "Kampala", "Conakry", "Almaty", "Dakar"};
    private static final PloverType[] TYPES = {PloverType.PROTEST, PloverType.PROTEST, PloverType.PROTEST,
        PloverType.ASSAULT, PloverType.COERCE, PloverType.COERCE, PloverType.MOBILIZE, PloverType.SUPPORT,
        PloverType.REQUEST, PloverType.ACCUSE};
    private static final String[] CLAIMANTS = {"the health ministry", "a rights group", "police", "witnesses",
        "the opposition", "the state news agency", "a local doctor", "the interior minister"};
    private final Random random;

    SyntheticRecord(long seed) {
        this.random = new Random(seed);
    }

    List<Event> events(int n) {
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(event(i));
        }
        return out;
    }

    private Event event(int i) {
        String id = String.format("ev-%012x", i * 2654435761L & 0xffffffffffffL);
        PloverType type = TYPES[random.nextInt(TYPES.length)];
        int city = random.nextInt(CITIES.length * 12);
        String name = CITIES[city % CITIES.length] + (city < CITIES.length ? "" : " district " + city / CITIES.length);
        Place place = new Place(name, name, (long) city, -40 + random.nextDouble() * 95, -120 + random.nextDouble() * 240,
                null, "XX", PlacePrecision.CITY);
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        boolean historical = random.nextInt(20) == 0;
        List<DocumentRef> docs = new ArrayList<>();
        for (int d = 0, k = 1 + random.nextInt(4); d < k; d++) {
            docs.add(new DocumentRef(id + "-d" + d, "https://news.example/" + i + "/" + d, CLAIMANTS[random.nextInt(CLAIMANTS.length)], null));
        }
        List<Claim> claims = claims(id, name, docs);
        boolean disputed = claims.size() > 1 && random.nextInt(4) == 0;
        return new Event(id, type, type == PloverType.PROTEST ? List.of("demonstrate") : List.of(), null, null, historical,
                false, DateRange.day(day, day.toString()), place, List.of(Actor.named("protesters")), List.of(), claims,
                disputed ? List.of(claims.get(0).kind()) : List.of(), docs, 1 + random.nextInt(docs.size()), List.of(),
                List.of(), List.of(id + "#0"), 1.0);
    }

    private List<Claim> claims(String id, String place, List<DocumentRef> docs) {
        List<Claim> claims = new ArrayList<>();
        for (int c = 0, k = random.nextInt(4); c < k; c++) {
            long v = 1 + random.nextInt(200);
            String quote = v + " people were killed in " + place;
            claims.add(new Claim(ClaimKind.values()[random.nextInt(ClaimKind.values().length)], v, v,
                    CLAIMANTS[random.nextInt(CLAIMANTS.length)], null, null, docs.get(0).id(), quote,
                    new Span(0, quote.length()), id + "#0"));
        }
        return claims;
    }
}
