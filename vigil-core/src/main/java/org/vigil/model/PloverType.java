package org.vigil.model;

/** The 16 event types of the PLOVER ontology (current names). */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Verbal types are statements: who says it matters more than where. */
    public boolean verbal() {
        return switch (this) {
            case AGREE, CONSULT, SUPPORT, REQUEST, ACCUSE, REJECT, THREATEN -> true;
            default -> false;
        };
    }
}
