package org.claimskb.report;

import java.util.List;

/**
 * The credibility report as data: what the Markdown, HTML and JSON renderers all show. Built by
 * {@link ReportBuilder}; every list is already in its reading order, so renderers never sort and
 * the three formats agree. Dates are strings in fact-file spelling ({@code 2025-12-09},
 * {@code 2027}) so that the JSON needs no date handling and shows what the files say.
 */
public record Report(Summary summary, List<VerdictSection> verdicts, List<ContradictionItem> contradictions,
                     List<SpeakerCard> speakers, Highlights interests, Predictions predictions,
                     Methodology methodology, List<RevisionItem> revisions) {

    /** How many pieces of evidence per side the Markdown and HTML show for each verdict. */
    public static final int STRONGEST_SHOWN = 2;

    /**
     * Longest list the Markdown and HTML print (verdict sections, report cards, disagreements,
     * self-contradictions, changes of view, each kind of prediction), in the report's order; past
     * it they say how many more there are and which command lists them all. {@code report.json}
     * keeps every item. A reader can take in a
     * hundred rows; a KB of a million claims has tens of thousands, which made the Markdown 62 MB.
     */
    public static final int LISTED = 100;

    /** The first {@link #LISTED} of {@code items}. */
    public static <T> List<T> listed(List<T> items) {
        return items.subList(0, Math.min(LISTED, items.size()));
    }

    /** The verdicts the Markdown and HTML give a section of their own: the first {@link #LISTED} detailed ones. */
    public List<VerdictSection> shownSections() {
        return listed(verdicts.stream().filter(VerdictSection::detailed).toList());
    }

    /** How many verdicts are worth a section of their own, shown or not. */
    public int detailedVerdicts() {
        return (int) verdicts.stream().filter(VerdictSection::detailed).count();
    }

    /** The disagreements and self-contradictions the Markdown and HTML print: at most {@link #LISTED} of each. */
    public List<ContradictionItem> shownContradictions() {
        List<ContradictionItem> between = contradictions.stream().filter(c -> !c.self()).toList();
        List<ContradictionItem> within = contradictions.stream().filter(ContradictionItem::self).toList();
        if (between.size() <= LISTED && within.size() <= LISTED) {
            return contradictions;
        }
        var shown = new java.util.ArrayList<>(listed(between));
        shown.addAll(listed(within));
        return List.copyOf(shown);
    }

    public Report {
        verdicts = List.copyOf(verdicts);
        contradictions = List.copyOf(contradictions);
        speakers = List.copyOf(speakers);
        revisions = List.copyOf(revisions);
    }

    /**
     * A speaker's change of view over time (scoring.md v2, "Revisions"), never a contradiction.
     *
     * @param about the proposition's statement, or the quantity in words
     * @param from  the earlier view, {@code for (2025)} or {@code 3000 lb (said 2024-06)}
     */
    public record RevisionItem(String speaker, String speakerName, String kind, String about, String from,
                               ClaimRef fromClaim, String to, ClaimRef toClaim, String detail) {}

    /**
     * What the knowledge base holds and as of when.
     *
     * @param asOf           the day the scores were computed for
     * @param firstEvent     date of the earliest source, null when there are none
     * @param lastEvent      date of the latest source, null when there are none
     * @param verdictBands   how many propositions fall in each verdict band, in band order
     * @param keyFindings    the few sentences a reader should take away, generated from the data
     */
    public record Summary(String asOf, int claims, int reviewedClaims, int draftClaims, int speakers,
                          int sources, int events, int entities, int propositions, int resolutions,
                          int contradictions, int selfContradictions, String firstEvent, String lastEvent,
                          List<BandCount> verdictBands, List<String> keyFindings) {
        public Summary {
            verdictBands = List.copyOf(verdictBands);
            keyFindings = List.copyOf(keyFindings);
        }
    }

    /** A verdict band with its wire spelling, its reader's label, and a count. */
    public record BandCount(String band, String label, int count) {}

    /**
     * A claim as every section cites it.
     *
     * @param credibility 0..1, or null when the rules produced no score for it
     */
    public record ClaimRef(String id, String speaker, String speakerName, String source, String sourceTitle,
                           String date, String at, String kind, String text, String quote,
                           Double credibility, List<String> flags, boolean draft) {
        public ClaimRef {
            flags = List.copyOf(flags);
        }
    }

    /** One rule's effect on one claim, as the "why" of a number. */
    public record FindingItem(String rule, String flag, double effect, String detail) {}

    /**
     * How a claim's credibility came about: {@code sigmoid(prior + sum of effects)}.
     *
     * @param findings only the findings that moved the score or raised a flag, largest effect first
     */
    public record Breakdown(double prior, String priorDetail, List<FindingItem> findings) {
        public Breakdown {
            findings = List.copyOf(findings);
        }
    }

    /**
     * One claim's contribution to a verdict.
     *
     * @param why       the verdict engine's reason for the weight
     * @param breakdown why the claim's credibility is what it is, null when it has no score
     */
    public record EvidenceItem(ClaimRef claim, String position, double credibility, double weight, String why,
                               Breakdown breakdown) {}

    /**
     * The verdict on one proposition.
     *
     * @param weightFor  summed weight of the evidence for
     * @param evidenceFor all evidence for, heaviest first
     */
    public record VerdictSection(String proposition, String statement, String verdict, String verdictLabel,
                                 double score, double weight, double weightFor, double weightAgainst,
                                 List<EvidenceItem> evidenceFor, List<EvidenceItem> evidenceAgainst) {
        public VerdictSection {
            evidenceFor = List.copyOf(evidenceFor);
            evidenceAgainst = List.copyOf(evidenceAgainst);
        }

        /** The heaviest evidence for (weight above 0: re-reports and superseded views are only counted). */
        public List<EvidenceItem> strongestFor() {
            return strongest(evidenceFor);
        }

        public List<EvidenceItem> strongestAgainst() {
            return strongest(evidenceAgainst);
        }

        /** Whether the verdict is worth a section of its own (the summary table lists every proposition). */
        public boolean detailed() {
            return !verdict.equals(org.claimskb.scoring.VerdictBand.INSUFFICIENT_EVIDENCE.wire());
        }

        private static List<EvidenceItem> strongest(List<EvidenceItem> items) {
            return items.stream().filter(e -> e.weight() > 0).limit(STRONGEST_SHOWN).toList();
        }
    }

    /**
     * A disagreement group (stance or numeric: speakers on two or more sides of one thing in one
     * year) or a self-contradiction (kind {@code self}), shown once.
     *
     * @param on     what it is about, in words: a proposition statement or a quantity, with the year
     * @param detail each side with its speakers, {@code for (Gavin Baker) vs against (Dylan Patel)}
     * @param claims the strongest claim of each side (for self-contradictions: the speaker's claims)
     * @param sides  each side with its speakers and strongest claim (for self-contradictions: one side
     *               holding the speaker's claims)
     */
    public record ContradictionItem(String kind, String on, String subject, String metric, String detail,
                                    List<String> speakers, List<String> speakerNames, List<ClaimRef> claims,
                                    List<SideItem> sides) {
        public ContradictionItem {
            speakers = List.copyOf(speakers);
            speakerNames = List.copyOf(speakerNames);
            claims = List.copyOf(claims);
            sides = List.copyOf(sides);
        }

        /** Whether this is one speaker contradicting themselves. */
        public boolean self() {
            return ReportBuilder.SELF.equals(kind);
        }
    }

    /**
     * One side of a disagreement.
     *
     * @param label     {@code for}, {@code against}, or the side's values
     * @param weight    the side's utterances' base credibility summed
     * @param claims    how many claims the side holds
     * @param strongest its most credible claim
     */
    public record SideItem(String label, List<String> speakers, List<String> speakerNames, double weight, int claims,
                           ClaimRef strongest) {
        public SideItem {
            speakers = List.copyOf(speakers);
            speakerNames = List.copyOf(speakerNames);
        }
    }

    /** What a speaker stands to gain if an entity does well. */
    public record InterestItem(String entity, String entityName, String kind, String basis, String source) {}

    /** Resolved predictions as "X of Y", and the Brier score where probabilities were stated. */
    public record TrackRecord(int due, int resolvedTrue, int resolvedFalse, int pending, Double brier) {}

    /** A name with a count, for flag and kind tallies that must keep their order in JSON. */
    public record Count(String name, int count) {}

    /**
     * One speaker's report card.
     *
     * @param grade A (completely reliable) .. E (unreliable), or F: cannot be judged
     */
    public record SpeakerCard(String id, String name, String role, String regime, String regimeBasis,
                              String grade, String gradeLabel, String gradeReason, int claims,
                              List<Count> byKind, Double meanCredibility, Double meanFactCredibility,
                              List<Count> flags, int selfContradictions, TrackRecord trackRecord,
                              List<InterestItem> interests) {
        public SpeakerCard {
            byKind = List.copyOf(byKind);
            flags = List.copyOf(flags);
            interests = List.copyOf(interests);
        }
    }

    /** A claim flagged for a speaker's interest, with the rule's sentence saying whose interest. */
    public record InterestHighlight(ClaimRef claim, String rule, double effect, String detail) {}

    /** Claims that serve the speaker's interest, and admissions against it. */
    public record Highlights(List<InterestHighlight> selfInterest, List<InterestHighlight> againstInterest) {
        /** How many of each list the Markdown and HTML show (the strongest effects; the JSON has all). */
        public static final int SHOWN = 12;

        public Highlights {
            selfInterest = List.copyOf(selfInterest);
            againstInterest = List.copyOf(againstInterest);
        }

        public List<InterestHighlight> shownSelfInterest() {
            return selfInterest.subList(0, Math.min(SHOWN, selfInterest.size()));
        }

        public List<InterestHighlight> shownAgainstInterest() {
            return againstInterest.subList(0, Math.min(SHOWN, againstInterest.size()));
        }
    }

    /**
     * A prediction and where it stands on the as-of day.
     *
     * @param status     {@code pending}, {@code due} (past its date, unresolved) or the outcome
     *                   ({@code true}, {@code false}, {@code partly})
     * @param resolution the evidence of the outcome, null when unresolved
     */
    public record PredictionItem(ClaimRef claim, String due, Double probability, String status,
                                 String resolvedOn, String resolution) {}

    /** Predictions past due and unresolved, still pending, and resolved. */
    public record Predictions(List<PredictionItem> due, List<PredictionItem> pending, List<PredictionItem> resolved) {
        public Predictions {
            due = List.copyOf(due);
            pending = List.copyOf(pending);
            resolved = List.copyOf(resolved);
        }
    }

    /** A trust regime, what it means, and who is under it. */
    public record RegimeItem(String regime, String meaning, List<String> speakers) {
        public RegimeItem {
            speakers = List.copyOf(speakers);
        }
    }

    /**
     * A rule as the rules files state it.
     *
     * @param weight the rule's fixed effect in log-odds, null when it computes one
     * @param fired  how many findings it produced in this analysis
     */
    public record RuleItem(String file, String name, String flag, Double weight, String reason, int fired) {}

    /**
     * How the numbers came about: the regimes and every rule with its weight.
     *
     * @param principles how the per-claim, per-proposition and per-speaker numbers are combined
     */
    public record Methodology(List<String> principles, List<RegimeItem> regimes, List<RuleItem> rules) {
        public Methodology {
            principles = List.copyOf(principles);
            regimes = List.copyOf(regimes);
            rules = List.copyOf(rules);
        }
    }
}
