package org.vigil.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Actor;
import org.vigil.model.PloverType;

class AcledCoderTest {
    private static final AcledCoder.Context CALM = new AcledCoder.Context(false, false, false, null);

    private static String sub(PloverType t, String... modes) {
        return AcledCoder.code(t, List.of(modes), List.of(), CALM).subEventType();
    }

    @Test
    void everyOneOfTheTwentyFiveSubTypesIsReachable() {
        assertEquals("Peaceful protest", sub(PloverType.PROTEST, "demo"));
        assertEquals("Protest with intervention", AcledCoder.code(PloverType.PROTEST, List.of("demo"), List.of(),
                new AcledCoder.Context(true, true, false, null)).subEventType());
        assertEquals("Excessive force against protesters", AcledCoder.code(PloverType.ASSAULT, List.of("firearms"),
                List.of(new Actor("protesters", null, "protesters")), CALM).subEventType());
        assertEquals("Violent demonstration", sub(PloverType.PROTEST, "riot"));
        assertEquals("Mob violence", sub(PloverType.PROTEST, "mob"));
        assertEquals("Arrests", sub(PloverType.COERCE, "arrest"));
        assertEquals("Attack", sub(PloverType.ASSAULT));
        assertEquals("Abduction/forced disappearance", sub(PloverType.ASSAULT, "abduct"));
        assertEquals("Armed clash", sub(PloverType.ASSAULT, "fight"));
        assertEquals("Air/drone strike", sub(PloverType.ASSAULT, "aerial"));
        assertEquals("Shelling/artillery/missile attack", sub(PloverType.ASSAULT, "heavy-weapons"));
        assertEquals("Remote explosive/landmine/IED", sub(PloverType.ASSAULT, "explosives"));
        assertEquals("Grenade", sub(PloverType.ASSAULT, "grenade"));
        assertEquals("Suicide bomb", sub(PloverType.ASSAULT, "suicide-bomb"));
        assertEquals("Chemical weapon", sub(PloverType.ASSAULT, "chemical"));
        assertEquals("Sexual violence", sub(PloverType.ASSAULT, "sexual"));
        assertEquals("Looting/property destruction", sub(PloverType.COERCE, "destroy"));
        assertEquals("Disrupted weapons use", sub(PloverType.COERCE, "disrupt-weapons"));
        assertEquals("Agreement", AcledCoder.code(PloverType.AGREE, List.of(), List.of(),
                new AcledCoder.Context(false, false, false, "reached a deal")).subEventType());
        assertEquals("Change to group/activity", sub(PloverType.MOBILIZE, "group-change"));
        assertEquals("Headquarters or base established", sub(PloverType.MOBILIZE, "base"));
        assertEquals("Government regains territory", sub(PloverType.ASSAULT, "retake"));
        assertEquals("Non-state actor overtakes territory", sub(PloverType.ASSAULT, "seize-territory"));
        assertEquals("Non-violent transfer of territory", sub(PloverType.RETREAT, "handover"));
        assertEquals("Other", sub(PloverType.COERCE, "curfew"));
    }

    @Test
    void statementsAreNoAcledEvents() {
        assertNull(sub(PloverType.ACCUSE));
        assertNull(sub(PloverType.SUPPORT));
        assertNull(AcledCoder.code(PloverType.AGREE, List.of(), List.of(),
                new AcledCoder.Context(false, false, false, "vowed to")).subEventType(), "a promise is no agreement");
    }
}
