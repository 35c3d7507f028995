package org.vigil.mention;

import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.PloverType;

/** Maps a PLOVER type and modes to ACLED's event type and sub-event type, where one applies. */
final class AcledCoder {
    /** ACLED event type and sub-event type; both null when ACLED codes no such event. */
    record Code(String eventType, String subEventType) {
    }

    private static final Code NONE = new Code(null, null);

    private AcledCoder() {
    }

    static Code code(PloverType type, List<String> modes, List<Actor> recipients, boolean protestContext) {
        return switch (type) {
            case PROTEST -> modes.contains("riot") || modes.contains("vandalize")
                    ? new Code("Riots", "Violent demonstration")
                    : new Code("Protests", "Peaceful protest");
            case ASSAULT -> assault(modes, recipients, protestContext);
            case COERCE -> modes.contains("arrest") ? new Code("Strategic developments", "Arrests")
                    : new Code("Strategic developments", "Other");
            case MOBILIZE -> new Code("Strategic developments", "Other");
            case AGREE -> new Code("Strategic developments", "Agreement");
            default -> NONE;
        };
    }

    private static Code assault(List<String> modes, List<Actor> recipients, boolean protestContext) {
        if (modes.contains("abduct")) {
            return new Code("Violence against civilians", "Abduction/forced disappearance");
        }
        if (modes.contains("explosives")) {
            return new Code("Explosions/Remote violence", "Air/drone strike");
        }
        boolean onProtesters = recipients.stream().anyMatch(a -> "protesters".equals(a.role()));
        if (onProtesters || protestContext) {
            return new Code("Protests", "Excessive force against protesters");
        }
        return new Code("Violence against civilians", "Attack");
    }
}
