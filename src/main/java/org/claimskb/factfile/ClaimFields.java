package org.claimskb.factfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimskb.model.Claim;
import org.claimskb.model.Quantity;
import org.claimskb.model.Stance;

/** A claim's fields under their fact-file names, for JSON output ({@code claims show --json}). */
public final class ClaimFields {
    private ClaimFields() {}

    /** Ordered as in a fact file, with the global {@code id} and the {@code source} id; absent fields left out. */
    public static Map<String, Object> of(Claim c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", c.id());
        m.put("source", c.sourceId());
        m.put("speaker", c.speaker());
        put(m, "at", c.at());
        m.put("kind", c.kind().wire());
        m.put("text", c.text());
        put(m, "quote", c.quote());
        if (!c.topics().isEmpty()) m.put("topics", c.topics());
        if (c.quantity() != null) m.put("quantity", quantity(c.quantity()));
        if (!c.stances().isEmpty()) {
            List<Map<String, Object>> stances = new ArrayList<>();
            for (Stance s : c.stances()) {
                stances.add(Map.of("proposition", s.proposition(), "position", s.position().wire()));
            }
            m.put("stance", stances);
        }
        if (c.when() != null) m.put("when", c.when().toString());
        if (!c.favors().isEmpty()) m.put("favors", c.favors());
        if (!c.harms().isEmpty()) m.put("harms", c.harms());
        if (c.due() != null) m.put("due", c.due().toString());
        put(m, "probability", c.probability());
        put(m, "about", c.about());
        if (c.assessment() != null) m.put("assessment", c.assessment().wire());
        m.put("status", c.status().wire());
        return m;
    }

    private static Map<String, Object> quantity(Quantity q) {
        var m = new LinkedHashMap<String, Object>();
        m.put("subject", q.subject());
        m.put("metric", q.metric());
        m.put("value", q.isRange() ? Map.of("min", q.min(), "max", q.max()) : (Object) q.min());
        m.put("unit", q.unit());
        put(m, "scope", q.scope());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, value);
    }
}
