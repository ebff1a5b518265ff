package org.claimskb.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.claimskb.model.Assessment;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.ClaimStatus;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.Interest;
import org.claimskb.model.InterestKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Outcome;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.model.Proposition;
import org.claimskb.model.Quantity;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.SourceKind;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;
import org.claimskb.scoring.Analysis;

/** Small knowledge bases built in code for rule tests, scored with the shipped rules/. */
final class TestKb {
    static final Path RULES = Path.of("rules");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private final List<Speaker> speakers = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Proposition> propositions = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<ClaimSpec> claims = new ArrayList<>();
    private final List<Resolution> resolutions = new ArrayList<>();

    TestKb speaker(String id, Regime regime, String... interestEntities) {
        List<Interest> interests = new ArrayList<>();
        for (String e : interestEntities) {
            interests.add(new Interest(e, InterestKind.EXECUTIVE, "test", null));
        }
        speakers.add(new Speaker(id, id.replace('-', ' '), null, regime, null, interests));
        return this;
    }

    TestKb entity(String id, String partOf) {
        entities.add(new Entity(id, id, List.of(), EntityKind.COMPANY, partOf));
        return this;
    }

    TestKb proposition(String id) {
        propositions.add(new Proposition(id, "Statement of " + id, List.of()));
        return this;
    }

    TestKb source(String id, SourceKind kind, String event, String date) {
        return source(id, kind, event, date, null);
    }

    /** A source written by {@code author} (a commentary or an article: first-hand for its author only). */
    TestKb source(String id, SourceKind kind, String event, String date, String author) {
        sources.put(id, new Source(id, id, kind, event, null, null, PartialDate.parse(date).orElseThrow(), "en", null,
                null, List.of(), "claims/" + id + ".yaml", author));
        return this;
    }

    /** A claim in an existing source (a transcript with its own event is created when missing). */
    ClaimSpec claim(String globalId, String speaker, ClaimKind kind, String text) {
        String sourceId = globalId.substring(0, globalId.indexOf('/'));
        sources.computeIfAbsent(sourceId, s -> new Source(s, s, SourceKind.TRANSCRIPT, s, null, null,
                new PartialDate(2025, 12, 1), "en", null, null, List.of(), "claims/" + s + ".yaml"));
        ClaimSpec spec = new ClaimSpec(globalId, sourceId, speaker, kind, text);
        claims.add(spec);
        return spec;
    }

    TestKb resolution(String claim, Outcome outcome, String date) {
        resolutions.add(new Resolution(claim, outcome, date == null ? null : LocalDate.parse(date), "https://example.org",
                "claims/resolutions.yaml"));
        return this;
    }

    KnowledgeBase build() {
        List<Claim> built = claims.stream().map(ClaimSpec::build).toList();
        return new KnowledgeBase(speakers, entities, propositions, List.copyOf(sources.values()), built, resolutions);
    }

    Analysis analyze() {
        return analyze(TODAY);
    }

    Analysis analyze(LocalDate asOf) {
        return RulesEngine.analyze(RulesEngine.compile(RULES, null), build(), asOf);
    }

    /** Mutable claim under construction. */
    static final class ClaimSpec {
        final String id, sourceId, speaker, text;
        final ClaimKind kind;
        Quantity quantity;
        final List<Stance> stances = new ArrayList<>();
        PartialDate when, due;
        final List<String> favors = new ArrayList<>(), harms = new ArrayList<>();
        Double probability;
        String about;
        Assessment assessment;
        ClaimStatus status = ClaimStatus.REVIEWED;

        ClaimSpec(String id, String sourceId, String speaker, ClaimKind kind, String text) {
            this.id = id;
            this.sourceId = sourceId;
            this.speaker = speaker;
            this.kind = kind;
            this.text = text;
        }

        ClaimSpec quantity(String subject, String metric, double value, String unit, String scope) {
            quantity = new Quantity(subject, metric, value, value, unit, scope);
            return this;
        }

        ClaimSpec range(String subject, String metric, double min, double max, String unit, String scope) {
            quantity = new Quantity(subject, metric, min, max, unit, scope);
            return this;
        }

        ClaimSpec stance(String proposition, Position position) {
            stances.add(new Stance(proposition, position));
            return this;
        }

        ClaimSpec when(String date) {
            when = PartialDate.parse(date).orElseThrow();
            return this;
        }

        ClaimSpec due(String date) {
            due = PartialDate.parse(date).orElseThrow();
            return this;
        }

        ClaimSpec favors(String... entities) {
            favors.addAll(List.of(entities));
            return this;
        }

        ClaimSpec harms(String... entities) {
            harms.addAll(List.of(entities));
            return this;
        }

        ClaimSpec probability(double p) {
            probability = p;
            return this;
        }

        ClaimSpec about(String claim, Assessment a) {
            about = claim;
            assessment = a;
            return this;
        }

        ClaimSpec draft() {
            status = ClaimStatus.DRAFT;
            return this;
        }

        Claim build() {
            return new Claim(id, sourceId, speaker, null, kind, text, null, List.of(), quantity, stances, when, favors,
                    harms, due, probability, about, assessment, status, 1);
        }
    }
}
