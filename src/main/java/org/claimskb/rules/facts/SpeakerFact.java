package org.claimskb.rules.facts;

import org.claimskb.model.Regime;

/** A speaker, for rules that work per speaker (track record). */
public record SpeakerFact(String id, String name, Regime regime) {}
