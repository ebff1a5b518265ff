package org.claimskb.index;

import java.util.List;
import org.claimskb.model.Entity;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Proposition;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;

/**
 * Everything of a knowledge base but its claims (speakers, entities, propositions, sources,
 * resolutions), as a generation stores it in {@code registry.json}: a command about one claim
 * reads it and the claims it needs from the index instead of every fact file.
 */
record Registry(List<Speaker> speakers, List<Entity> entities, List<Proposition> propositions, List<Source> sources,
                List<Resolution> resolutions) {
    static final String FILE = "registry.json";

    static Registry of(KnowledgeBase kb) {
        return new Registry(kb.speakers(), kb.entities(), kb.propositions(), kb.sources(), kb.resolutions());
    }

    /** A knowledge base of this registry and no claims. */
    KnowledgeBase withoutClaims() {
        return new KnowledgeBase(speakers, entities, propositions, sources, List.of(), resolutions);
    }
}
