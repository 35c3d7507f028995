package org.vigil.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.model.Actor;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;

/** Actors and recipients of Persian mentions, and the ACLED sub-type they lead to, on sentences written for it. */
class PersianRolesTest {
    private static List<Mention> mentions(String text) {
        return StageFixture.annotate(text, "Rooznameh", null, List.of(), List.of()).get(Keys.MENTIONS);
    }

    private static String ids(List<Actor> actors) {
        return actors.isEmpty() ? "-" : String.join(",", actors.stream().map(Actor::id).distinct().toList());
    }

    @Test
    void eachWrittenSentenceGivesItsActorsRecipientsAndAcledSubType() throws IOException {
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("/actor/persian-roles.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertTrue(rows.size() >= 8, "fixture rows: " + rows.size());
        for (String row : rows) {
            String[] f = row.split("\t");
            Mention m = mentions(f[0]).stream().filter(x -> x.type() == PloverType.valueOf(f[1])).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + f[1] + " mention in " + f[0]));
            assertEquals(f[2], ids(m.actors()), "actors of " + f[0]);
            assertEquals(f[3], ids(m.recipients()), "recipients of " + f[0]);
            if (!f[4].equals("*")) {
                assertEquals(f[4], m.acledSubEventType(), "ACLED sub-type of " + f[0]);
            }
        }
    }

    @Test
    void policeFiringAtProtestersIsExcessiveForceAgainstProtestersByTheRecipientsAlone() {
        // no protest trigger in the sentence (جوانان, the youth, is an actor, not the word of a protest): the code
        // rests on the youth being the recipients
        List<Mention> ms = mentions("ماموران پلیس به طرف جوانان تیراندازی کردند.");
        Mention shooting = ms.stream().filter(m -> m.type() == PloverType.ASSAULT).findFirst().orElseThrow();
        assertEquals(List.of(), ms.stream().filter(m -> m.type() == PloverType.PROTEST).toList());
        assertEquals("security-forces", ids(shooting.actors()));
        assertEquals("protesters", ids(shooting.recipients()));
        assertEquals("Excessive force against protesters", shooting.acledSubEventType());
        assertEquals("Protests", shooting.acledEventType());
    }

    @Test
    void tearGasFiredAtProtestersIsInterventionNotLiveFire() {
        List<Mention> ms = mentions("پلیس به سوی تظاهرکنندگان گاز اشک\u200Cآور شلیک کرد.");
        List<Mention> force = ms.stream().filter(m -> m.type() == PloverType.ASSAULT).toList();
        assertEquals(1, force.size(), force.toString());
        assertEquals(List.of("crowd-control"), force.get(0).modes());
        assertEquals("protesters", ids(force.get(0).recipients()));
        assertEquals("Protest with intervention", force.get(0).acledSubEventType());
    }

    @Test
    void aSourceIsNoDoerAndAnAgentAfterTavassotIsOne() {
        Mention m = mentions("به گفته فرماندار، سه دانشجو از سوی ماموران امنیتی بازداشت شدند.").stream()
                .filter(x -> x.type() == PloverType.COERCE).findFirst().orElseThrow();
        assertEquals("security-forces", ids(m.actors()));
        assertEquals("protesters", ids(m.recipients()));
        assertEquals(Arrays.asList("arrest"), m.modes());
        Mention active = mentions("به گفته فرماندار، ماموران سه دانشجو را بازداشت کردند.").stream()
                .filter(x -> x.type() == PloverType.COERCE).findFirst().orElseThrow();
        assertEquals("security-forces", ids(active.actors()), "the governor is the source, not the one who arrested");
        assertEquals("protesters", ids(active.recipients()));
    }
}
