package org.claimskb.relevance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The graded relevance judgments of {@code judgments.yaml}: analysts' information needs, each judged
 * once over the shipped KB, and the queries (in several languages) that express them.
 */
public record Judgments(Map<String, Need> needs, List<JudgedQuery> queries) {
    public static final String RESOURCE = "/org/claimskb/index/relevance/judgments.yaml";

    public Judgments {
        needs = Map.copyOf(needs);
        queries = List.copyOf(queries);
        for (JudgedQuery q : queries) {
            if (!needs.containsKey(q.need())) {
                throw new IllegalArgumentException("query '" + q.query() + "' names no need: " + q.need());
            }
        }
    }

    /** A need: what the analyst wants, and the grade (1-3) of every claim that serves it; others are 0. */
    public record Need(String what, Map<String, Integer> judgments) {
        public Need {
            judgments = Map.copyOf(judgments);
        }

        public int grade(String claimId) {
            return judgments.getOrDefault(claimId, 0);
        }
    }

    /** One query as typed, its language group and the need it expresses. */
    public record JudgedQuery(String query, @JsonProperty("language") String group, String need) {}

    public Need need(JudgedQuery q) {
        return needs.get(q.need());
    }

    public static Judgments load() {
        try (InputStream in = Judgments.class.getResourceAsStream(RESOURCE)) {
            return new YAMLMapper().readValue(in, Judgments.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
