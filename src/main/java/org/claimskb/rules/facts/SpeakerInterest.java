package org.claimskb.rules.facts;

import org.claimskb.model.InterestKind;

/** A speaker gains if {@code entity} does well (as declared; ancestry is expanded on the claim side). */
public record SpeakerInterest(String speaker, String entity, InterestKind kind, String basis) {
    /** {@code an executive interest in nvidia}. */
    public String describe() {
        String k = kind.wire();
        String article = "aeiou".indexOf(k.charAt(0)) >= 0 ? "an " : "a ";
        return article + k + " interest in " + entity;
    }
}
