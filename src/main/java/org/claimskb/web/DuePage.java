package org.claimskb.web;

import org.claimskb.model.DuePredictions;
import org.claimskb.model.KnowledgeBase;

/** The due page: the list {@code claims due} prints, each item with a resolve form. */
public record DuePage(DuePredictions list, KnowledgeBase kb, String today, String error) {
    public String speaker(String id) {
        return ClaimPage.name(kb, id);
    }

    public String claimUrl(String id) {
        return Http.claimUrl(id);
    }
}
