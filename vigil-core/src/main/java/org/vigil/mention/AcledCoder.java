package org.vigil.mention;

import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.PloverType;

/**
 * Maps a PLOVER type and modes to ACLED's event type and sub-event type, where one applies. Covers all 25
 * ACLED sub-event types (ACLED codebook 2023): the mode names the weapon or act, the recipients and the
 * sentence say whether force met a protest.
 */
public final class AcledCoder {
    /** ACLED event type and sub-event type; both null when ACLED codes no such event. */
    public record Code(String eventType, String subEventType) {
    }

    /**
     * What the sentences around a mention tell beyond its own modes: {@code protestNearby}, a protest within a few
     * sentences (force there is force against protesters); {@code trigger}: the words that name the event;
     * {@code armedSides}: the report names both state forces and armed groups (force there between unnamed sides
     * is fighting between them).
     */
    public record Context(boolean protestNearby, boolean interventionInSentence, boolean excessiveInSentence,
                          String trigger, boolean armedSides, boolean protestInSentence) {
        public Context(boolean protestNearby, boolean interventionInSentence, boolean excessiveInSentence, String trigger) {
            this(protestNearby, interventionInSentence, excessiveInSentence, trigger, false, false);
        }
    }

    /** An agreement reached (ACLED's "Agreement"), as against a promise, an offer or an intent (PLOVER's AGREE too). */
    private static final java.util.regex.Pattern REACHED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:agreed|agreements?|accords?|deal|pact|treaty|cease-?fire|truce|signed|settled|reach(?:ed|es)?)\\b");

    private static final Code NONE = new Code(null, null);
    private static final String PROTESTS = "Protests";
    private static final String RIOTS = "Riots";
    private static final String STRATEGIC = "Strategic developments";
    private static final String REMOTE = "Explosions/Remote violence";
    private static final String CIVILIANS = "Violence against civilians";
    private static final String BATTLES = "Battles";

    private static final java.util.Map<String, String> EVENT_TYPES = eventTypes();

    private AcledCoder() {
    }

    private static final java.util.Set<String> WEAPON_MODES = java.util.Set.of("aerial", "heavy-weapons", "explosives",
            "grenade", "suicide-bomb", "chemical");
    private static final java.util.Set<String> NAMING_MODES = union(WEAPON_MODES,
            java.util.Set.of("sexual", "abduct", "retake", "seize-territory"));

    /**
     * Whether the lexicon's code of a mention rests on what the codebook defines the sub-type by: the trigger names
     * the weapon or act (an air strike, shelling, a bomb, abduction, retaking a town), or force is used on
     * protesters. A learned typer leaves such a code as it is.
     */
    public static boolean decisive(List<String> modes, List<Actor> recipients) {
        return modes.stream().anyMatch(NAMING_MODES::contains)
                || recipients.stream().anyMatch(a -> "protesters".equals(a.role()));
    }

    /** Whether a mode names a weapon that decides a remote-violence sub-type (a bomb, shelling, an air strike). */
    public static boolean namesWeapon(String mode) {
        return WEAPON_MODES.contains(mode);
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return java.util.Set.copyOf(out);
    }

    /** ACLED's event type of a sub-event type (codebook 2023); null for a name that is not one of the 25. */
    public static String eventTypeOf(String subEventType) {
        return EVENT_TYPES.get(subEventType);
    }

    /** The 25 sub-event types, in codebook order. */
    public static java.util.List<String> subEventTypes() {
        return java.util.List.copyOf(EVENT_TYPES.keySet());
    }

    private static java.util.Map<String, String> eventTypes() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String s : List.of("Government regains territory", "Non-state actor overtakes territory", "Armed clash")) {
            m.put(s, BATTLES);
        }
        for (String s : List.of("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                "Remote explosive/landmine/IED", "Grenade")) {
            m.put(s, REMOTE);
        }
        for (String s : List.of("Sexual violence", "Attack", "Abduction/forced disappearance")) {
            m.put(s, CIVILIANS);
        }
        for (String s : List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters")) {
            m.put(s, PROTESTS);
        }
        m.put("Violent demonstration", RIOTS);
        m.put("Mob violence", RIOTS);
        for (String s : List.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
                "Other")) {
            m.put(s, STRATEGIC);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static Code code(PloverType type, List<String> modes, List<Actor> recipients, Context ctx) {
        return code(type, modes, List.of(), recipients, ctx);
    }

    /** The code of a mention by {@code actors} on {@code recipients}. */
    public static Code code(PloverType type, List<String> modes, List<Actor> actors, List<Actor> recipients, Context ctx) {
        return switch (type) {
            case PROTEST -> protest(modes, ctx);
            case ASSAULT -> assault(modes, actors, recipients, ctx);
            case COERCE -> coerce(modes, recipients, ctx);
            case MOBILIZE -> modes.contains("base") ? new Code(STRATEGIC, "Headquarters or base established")
                    : modes.contains("group-change") ? new Code(STRATEGIC, "Change to group/activity")
                    : new Code(STRATEGIC, "Other");
            case AGREE -> ctx.trigger() != null && REACHED.matcher(ctx.trigger()).find() ? new Code(STRATEGIC, "Agreement") : NONE;
            case RETREAT -> modes.contains("handover") ? new Code(STRATEGIC, "Non-violent transfer of territory") : NONE;
            default -> NONE;
        };
    }

    private static Code protest(List<String> modes, Context ctx) {
        if (modes.contains("mob")) {
            return new Code(RIOTS, "Mob violence");
        }
        if (modes.contains("riot") || modes.contains("vandalize")) {
            return new Code(RIOTS, "Violent demonstration");
        }
        if (ctx.excessiveInSentence()) {
            return new Code(PROTESTS, "Excessive force against protesters");
        }
        return ctx.interventionInSentence() ? new Code(PROTESTS, "Protest with intervention")
                : new Code(PROTESTS, "Peaceful protest");
    }

    private static Code coerce(List<String> modes, List<Actor> recipients, Context ctx) {
        // students or youths arrested with no protest near are ACLED Arrests; at a protest, its intervention
        boolean onAProtest = ctx.protestInSentence() || has(recipients, "protesters") && ctx.protestNearby();
        if (onAProtest && !modes.contains("destroy") && !modes.contains("confiscate") && !modes.contains("disrupt-weapons")
                && !modes.contains("seize-weapons")) {
            return new Code(PROTESTS, "Protest with intervention"); // ACLED: arrests or a siege at a protest intervene in it
        }
        if (modes.contains("arrest")) {
            return new Code(STRATEGIC, "Arrests");
        }
        if (modes.contains("destroy") || modes.contains("confiscate")) {
            return new Code(STRATEGIC, "Looting/property destruction");
        }
        if (modes.contains("disrupt-weapons")) {
            return new Code(REMOTE, "Disrupted weapons use");
        }
        if (modes.contains("seize-weapons")) {
            return new Code(STRATEGIC, "Change to group/activity");
        }
        return new Code(STRATEGIC, "Other");
    }

    private static Code assault(List<String> modes, List<Actor> actors, List<Actor> recipients, Context ctx) {
        boolean protestNearby = ctx.protestNearby();
        Code weapon = weapon(modes);
        if (weapon != null) {
            return weapon;
        }
        if (modes.contains("sexual")) {
            return new Code(CIVILIANS, "Sexual violence");
        }
        if (modes.contains("abduct")) {
            return new Code(CIVILIANS, "Abduction/forced disappearance");
        }
        boolean onProtesters = has(recipients, "protesters");
        boolean onArmed = has(recipients, "state-forces") || has(recipients, "armed-group");
        if (onArmed && protestNearby && (has(actors, "protesters") || has(actors, "civilians"))) {
            return new Code(RIOTS, "Violent demonstration");
        }
        if (onProtesters || protestNearby && !onArmed) {
            return modes.contains("crowd-control") ? new Code(PROTESTS, "Protest with intervention")
                    : new Code(PROTESTS, "Excessive force against protesters");
        }
        // ACLED: force between organised armed groups (soldiers, police, rebels) is a battle, force on others an attack
        boolean onCivilians = has(recipients, "civilians");
        if (modes.contains("fight") || onArmed || ctx.armedSides() && !onCivilians && !has(actors, "civilians")) {
            return new Code(BATTLES, "Armed clash");
        }
        return new Code(CIVILIANS, "Attack");
    }

    private static boolean has(List<Actor> actors, String role) {
        return actors.stream().anyMatch(a -> role.equals(a.role()));
    }

    /** Remote violence and territory, told by the mode alone. */
    private static Code weapon(List<String> modes) {
        for (String m : modes) {
            Code c = switch (m) {
                case "aerial" -> new Code(REMOTE, "Air/drone strike");
                case "heavy-weapons" -> new Code(REMOTE, "Shelling/artillery/missile attack");
                case "explosives" -> new Code(REMOTE, "Remote explosive/landmine/IED");
                case "grenade" -> new Code(REMOTE, "Grenade");
                case "suicide-bomb" -> new Code(REMOTE, "Suicide bomb");
                case "chemical" -> new Code(REMOTE, "Chemical weapon");
                case "retake" -> new Code(BATTLES, "Government regains territory");
                case "seize-territory" -> new Code(BATTLES, "Non-state actor overtakes territory");
                default -> null;
            };
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
