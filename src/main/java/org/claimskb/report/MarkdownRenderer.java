package org.claimskb.report;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimskb.report.Report.Breakdown;
import org.claimskb.report.Report.ClaimRef;
import org.claimskb.report.Report.ContradictionItem;
import org.claimskb.report.Report.EvidenceItem;
import org.claimskb.report.Report.FindingItem;
import org.claimskb.report.Report.InterestHighlight;
import org.claimskb.report.Report.PredictionItem;
import org.claimskb.report.Report.RegimeItem;
import org.claimskb.report.Report.RuleItem;
import org.claimskb.report.Report.SpeakerCard;
import org.claimskb.report.Report.Summary;
import org.claimskb.report.Report.VerdictSection;

/**
 * The report as GitHub-flavoured Markdown: one line per table row and no wrapping, so that a
 * change in one score shows as a one-line diff. Every piece of text from fact files goes through
 * {@link #escape}, so a claim cannot add markup, links, HTML or table cells.
 */
public final class MarkdownRenderer {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9./_-]*");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final int BALANCE_CELLS = 20;

    private final StringBuilder out = new StringBuilder(32_768);

    private MarkdownRenderer() {}

    public static String render(Report report) {
        var r = new MarkdownRenderer();
        r.document(report);
        return r.out.toString();
    }

    private void document(Report report) {
        Summary s = report.summary();
        line("# Credibility report");
        line();
        line("*As of " + escape(s.asOf()) + " · " + ReportText.count(s.claims(), "claim", "claims") + " · "
                + ReportText.count(s.speakers(), "speaker", "speakers") + " · "
                + ReportText.count(s.sources(), "source", "sources") + " · "
                + ReportText.count(s.propositions(), "proposition", "propositions") + "*");
        line();
        line("Bounded-distrust reading of analysts' and executives' claims: who said what, what they stand to gain, "
                + "who contradicts whom, and what the evidence supports. Every number traces back to named rules "
                + "(see [Methodology](#methodology)) and named claims.");
        line();
        line("## Key findings");
        line();
        s.keyFindings().forEach(f -> line("- " + escape(f)));
        line();
        line("## Contents");
        line();
        line("1. [At a glance](#at-a-glance)");
        line("2. [Verdicts](#verdicts)");
        line("3. [Contradictions](#contradictions)");
        line("4. [Speakers](#speakers)");
        line("5. [Interests](#interests)");
        line("6. [Predictions](#predictions)");
        line("7. [Methodology](#methodology)");
        line();
        glance(s);
        verdicts(report);
        contradictions(report);
        revisions(report.revisions());
        speakers(report.speakers());
        interests(report);
        predictions(report);
        methodology(report);
    }

    private void glance(Summary s) {
        line("## At a glance");
        line();
        line("| | |");
        line("|---|---:|");
        row("As of", escape(s.asOf()));
        row("Claims", s.claims() + (s.draftClaims() > 0 ? " (" + s.draftClaims() + " drafts, not counted)" : ""));
        row("Speakers", String.valueOf(s.speakers()));
        row("Sources (events)", s.sources() + " (" + s.events() + ")");
        if (s.firstEvent() != null) {
            row("Dated", escape(s.firstEvent()) + " to " + escape(s.lastEvent()));
        }
        row("Entities", String.valueOf(s.entities()));
        row("Propositions", String.valueOf(s.propositions()));
        row("Contradictions (within one speaker)", s.contradictions() + " (" + s.selfContradictions() + ")");
        row("Resolved predictions", String.valueOf(s.resolutions()));
        line();
        line("| Verdict | Propositions |");
        line("|---|---:|");
        s.verdictBands().forEach(b -> row(escape(b.label()), String.valueOf(b.count())));
        line();
    }

    private void verdicts(Report report) {
        List<VerdictSection> verdicts = report.verdicts();
        line("## Verdicts");
        line();
        if (verdicts.isEmpty()) {
            line("No propositions have been scored.");
            line();
            return;
        }
        line("Heaviest evidence first. The balance bar shows the weight against (left of `│`) and for (right).");
        line();
        List<VerdictSection> thin = verdicts.stream().filter(v -> !v.detailed()).toList();
        List<VerdictSection> sections = report.shownSections();
        for (VerdictSection v : sections) {
            line("### " + escape(v.verdictLabel()) + ": " + escape(v.statement()));
            line();
            line(code(v.proposition()) + " · score **" + ReportText.signed(v.score()) + "** · evidence weight "
                    + ReportText.fixed(v.weight()) + " (for " + ReportText.fixed(v.weightFor()) + ", against "
                    + ReportText.fixed(v.weightAgainst()) + ")");
            line();
            line("`against " + balanceBar(v.weightAgainst(), v.weightFor()) + " for`");
            line();
            evidenceTable("Strongest evidence for", v.strongestFor(), v.evidenceFor().size());
            evidenceTable("Strongest evidence against", v.strongestAgainst(), v.evidenceAgainst().size());
        }
        int detailed = report.detailedVerdicts();
        if (detailed > sections.size()) {
            line(ReportText.notListed(sections.size(), detailed, "verdicts (heaviest evidence first)",
                    "claims verdict"));
            line();
        }
        if (!thin.isEmpty()) {
            line("### Insufficient evidence so far");
            line();
            line("| Proposition | For | Against |");
            line("|---|---:|---:|");
            for (VerdictSection v : thin) {
                line("| " + escape(v.statement()) + " " + code(v.proposition()) + " | " + ReportText.fixed(v.weightFor())
                        + " | " + ReportText.fixed(v.weightAgainst()) + " |");
            }
            line();
        }
    }

    /** A text balance bar: against cells fill leftwards from the centre, for cells rightwards. */
    static String balanceBar(double against, double forWeight) {
        double max = Math.max(against, forWeight);
        int a = max <= 0 ? 0 : (int) Math.round(against / max * BALANCE_CELLS / 2.0);
        int f = max <= 0 ? 0 : (int) Math.round(forWeight / max * BALANCE_CELLS / 2.0);
        int half = BALANCE_CELLS / 2;
        return "\u00b7".repeat(half - a) + "\u2592".repeat(a) + "\u2502" + "\u2588".repeat(f) + "\u00b7".repeat(half - f);
    }

    private void evidenceTable(String heading, List<EvidenceItem> items, int total) {
        line("**" + heading + "**" + (total > items.size() ? " (" + items.size() + " of " + total + ")" : ""));
        line();
        if (items.isEmpty()) {
            line("None.");
            line();
            return;
        }
        line("| Weight | Credibility | Claim | Why it weighs this |");
        line("|---:|---:|---|---|");
        for (EvidenceItem e : items) {
            line("| " + ReportText.fixed(e.weight()) + " | " + ReportText.percent(e.credibility()) + " | "
                    + claim(e.claim()) + " | " + why(e.why(), e.breakdown()) + " |");
        }
        line();
    }

    private static String why(String why, Breakdown b) {
        var parts = new java.util.ArrayList<String>();
        if (why != null && !why.isBlank()) {
            parts.add(escape(why));
        }
        if (b != null) {
            parts.add("prior " + ReportText.signed(b.prior()) + (b.priorDetail() == null ? "" : " (" + escape(b.priorDetail()) + ")"));
            for (FindingItem f : b.findings()) {
                parts.add(finding(f));
            }
        }
        return String.join("; ", parts);
    }

    private static String finding(FindingItem f) {
        String label = f.flag() != null ? code(f.flag()) : code(f.rule());
        return label + " " + ReportText.signed(f.effect()) + (f.detail() == null ? "" : ": " + escape(f.detail()));
    }

    private void contradictions(Report report) {
        List<ContradictionItem> items = report.contradictions();
        line("## Contradictions");
        line();
        if (items.isEmpty()) {
            line("No contradictions were found.");
            line();
            return;
        }
        line("| Kind | On | Speakers | Claims | Detail |");
        line("|---|---|---|---|---|");
        List<ContradictionItem> shown = report.shownContradictions();
        for (ContradictionItem c : shown) {
            String claims = c.claims().stream().map(MarkdownRenderer::claim).collect(Collectors.joining("<br>"));
            line("| " + escape(c.kind()) + " | " + escape(c.on()) + " | "
                    + c.speakerNames().stream().map(MarkdownRenderer::escape).collect(Collectors.joining(", "))
                    + " | " + claims + " | " + escape(c.detail()) + " |");
        }
        line();
        if (shown.size() < items.size()) {
            line(ReportText.notListed(shown.size(), items.size(), "disagreements and self-contradictions (the heaviest "
                    + Report.LISTED + " of each)", "claims contradictions"));
            line();
        }
    }



    private void revisions(List<Report.RevisionItem> items) {
        if (items.isEmpty()) {
            return;
        }
        line("### Changes of view");
        line();
        line("A speaker on both sides at different times has changed their view: a revision, not a contradiction.");
        line();
        line("| Speaker | On | Before | After |");
        line("|---|---|---|---|");
        for (Report.RevisionItem r : Report.listed(items)) {
            line("| " + escape(r.speakerName()) + " | " + escape(r.about()) + " | " + escape(r.from()) + "<br>"
                    + claim(r.fromClaim()) + " | " + escape(r.to()) + "<br>" + claim(r.toClaim()) + " |");
        }
        line();
        if (items.size() > Report.LISTED) {
            line(ReportText.notListed(Report.LISTED, items.size(), "changes of view", "claims contradictions"));
            line();
        }
    }

    private void speakers(List<SpeakerCard> cards) {
        line("## Speakers");
        line();
        if (cards.isEmpty()) {
            line("No speakers.");
            line();
            return;
        }
        line("Grades: A completely reliable … E unreliable; F cannot be judged (unknown, not worst).");
        line();
        line("| Grade | Speaker | Regime | Claims | Mean credibility | Facts | Track record | Brier |");
        line("|:---:|---|---|---:|---:|---:|---|---:|");
        List<SpeakerCard> all = cards;
        cards = Report.listed(cards);
        for (SpeakerCard c : cards) {
            line("| **" + escape(c.grade()) + "** | " + escape(c.name()) + " | " + escape(c.regime()) + " | "
                    + c.claims() + " | " + ReportText.percent(c.meanCredibility()) + " | "
                    + ReportText.percent(c.meanFactCredibility()) + " | " + escape(ReportText.trackRecord(c.trackRecord()))
                    + " | " + ReportText.fixed(c.trackRecord().brier()) + " |");
        }
        line();
        if (all.size() > cards.size()) {
            line(ReportText.notListed(cards.size(), all.size(), "speakers (in grade order)", "claims speakers"));
            line();
        }
        for (SpeakerCard c : cards) {
            line("### " + escape(c.name()) + " (grade " + escape(c.grade()) + ": " + escape(c.gradeLabel()) + ")");
            line();
            if (c.role() != null) {
                line("- Role: " + escape(c.role()));
            }
            line("- Regime: " + escape(c.regime()) + (c.regimeBasis() == null ? "" : " (basis: " + code(c.regimeBasis()) + ")"));
            if (c.gradeReason() != null) {
                line("- Why this grade: " + escape(c.gradeReason()));
            }
            if (!c.interests().isEmpty()) {
                line("- Interests: " + c.interests().stream()
                        .map(i -> escape(i.entityName()) + " (" + escape(i.kind()) + (i.basis() == null ? "" : ": " + escape(i.basis())) + ")")
                        .collect(Collectors.joining("; ")));
            }
            if (!c.byKind().isEmpty()) {
                line("- Claims by kind: " + c.byKind().stream().map(k -> escape(k.name()) + " " + k.count())
                        .collect(Collectors.joining(", ")));
            }
            if (!c.flags().isEmpty()) {
                line("- Flags: " + c.flags().stream().map(k -> code(k.name()) + " " + k.count())
                        .collect(Collectors.joining(", ")));
            }
            var t = c.trackRecord();
            line("- Track record: " + escape(ReportText.trackRecord(t)) + "; " + t.due() + " due, " + t.pending()
                    + " pending" + (t.brier() == null ? "" : "; Brier score " + ReportText.fixed(t.brier()))
                    + "; " + c.selfContradictions() + " self-contradictions");
            line();
        }
    }

    private void interests(Report report) {
        line("## Interests");
        line();
        line("### Claims in the speaker's own interest");
        line();
        highlightTable(report.interests().shownSelfInterest(), report.interests().selfInterest().size(), "None flagged.");
        line("### Admissions against the speaker's interest");
        line();
        highlightTable(report.interests().shownAgainstInterest(), report.interests().againstInterest().size(),
                "None flagged.");
    }

    private void highlightTable(List<InterestHighlight> items, int total, String none) {
        if (items.isEmpty()) {
            line(none);
            line();
            return;
        }
        line("| Effect | Credibility | Claim | Whose interest |");
        line("|---:|---:|---|---|");
        for (InterestHighlight h : items) {
            line("| " + ReportText.signed(h.effect()) + " | " + ReportText.percent(h.claim().credibility()) + " | "
                    + claim(h.claim()) + " | " + escape(h.detail()) + " |");
        }
        line();
        if (total > items.size()) {
            line("The " + items.size() + " largest effects of " + total + "; `report.json` lists every one.");
            line();
        }
    }

    private void predictions(Report report) {
        line("## Predictions");
        line();
        line("### Past due, no recorded outcome");
        line();
        predictionTable(report.predictions().due(), "None.", "claims due");
        line("### Pending");
        line();
        predictionTable(report.predictions().pending(), "None.", null);
        line("### Resolved");
        line();
        predictionTable(report.predictions().resolved(), "None.", null);
    }

    private void predictionTable(List<PredictionItem> items, String none, String command) {
        if (items.isEmpty()) {
            line(none);
            line();
            return;
        }
        line("| Due | Status | Stated probability | Credibility | Prediction | Outcome |");
        line("|---|---|---:|---:|---|---|");
        for (PredictionItem p : Report.listed(items)) {
            String outcome = p.resolution() == null ? "" : (p.resolvedOn() == null ? "" : escape(p.resolvedOn()) + ": ")
                    + escape(p.resolution());
            line("| " + (p.due() == null ? "no date" : escape(p.due())) + " | " + escape(p.status()) + " | "
                    + ReportText.percent(p.probability()) + " | " + ReportText.percent(p.claim().credibility()) + " | "
                    + claim(p.claim()) + " | " + outcome + " |");
        }
        line();
        if (items.size() > Report.LISTED) {
            line(ReportText.notListed(Report.LISTED, items.size(), "predictions", command));
            line();
        }
    }

    private void methodology(Report report) {
        line("## Methodology");
        line();
        report.methodology().principles().forEach(p -> line("- " + escape(p)));
        line();
        line("### Trust regimes");
        line();
        line("| Regime | Meaning | Speakers |");
        line("|---|---|---|");
        for (RegimeItem r : report.methodology().regimes()) {
            line("| " + escape(r.regime()) + " | " + escape(r.meaning()) + " | "
                    + (r.speakers().isEmpty() ? "none" : r.speakers().stream().map(MarkdownRenderer::escape)
                    .collect(Collectors.joining(", "))) + " |");
        }
        line();
        line("### Rules and their weights");
        line();
        line("Generated from the rule files: to disagree with a weight, edit that rule and run `claims report` again. "
                + "Weights are log-odds; \"computed\" means the rule works its effect out per claim.");
        line();
        if (report.methodology().rules().isEmpty()) {
            line("No rules were reported by the engine.");
            line();
            return;
        }
        line("| File | Rule | Flag | Weight | Fired | Why |");
        line("|---|---|---|---:|---:|---|");
        for (RuleItem r : report.methodology().rules()) {
            line("| " + escape(r.file()) + " | " + escape(r.name()) + " | " + (r.flag() == null ? "" : code(r.flag()))
                    + " | " + (r.weight() == null ? "computed" : ReportText.signed(r.weight())) + " | " + r.fired()
                    + " | " + escape(r.reason()) + " |");
        }
        line();
    }

    // ---- pieces ---------------------------------------------------------------------------

    /** A claim in one table cell: speaker, quoted text, source and date, id. */
    static String claim(ClaimRef c) {
        var text = new StringBuilder();
        if (c.speakerName() != null) {
            text.append("**").append(escape(c.speakerName())).append("**: ");
        }
        text.append('\u201c').append(escape(c.text())).append('\u201d');
        if (c.quote() != null && !c.quote().isBlank()) {
            text.append(" (original: \u201c").append(escape(c.quote())).append("\u201d)");
        }
        var where = new StringBuilder();
        if (c.sourceTitle() != null) {
            where.append('*').append(escape(c.sourceTitle())).append('*');
        }
        if (c.date() != null) {
            where.append(where.isEmpty() ? "" : ", ").append(escape(c.date()));
        }
        if (c.at() != null) {
            where.append(where.isEmpty() ? "" : ", at ").append(escape(c.at()));
        }
        if (!where.isEmpty()) {
            text.append(" · ").append(where);
        }
        text.append(" · ").append(code(c.id()));
        if (c.draft()) {
            text.append(" · **draft**");
        }
        return text.toString();
    }

    /** An id in a code span when it is a plain id, else escaped text (a code span cannot be escaped). */
    static String code(String id) {
        if (id == null) {
            return "";
        }
        return ID.matcher(id).matches() || id.matches("[A-Z_]+") ? "`" + id + "`" : escape(id);
    }

    /**
     * Makes text inert in GFM, inside or outside a table: one line, Markdown punctuation
     * backslash-escaped, HTML and entity references neutralised, pipes escaped.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
        oneLine = ENTITY.matcher(oneLine).replaceAll("&amp;");
        var out = new StringBuilder(oneLine.length() + 16);
        oneLine.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append(out.isEmpty() ? "\\>" : ">"); // only a leading > quotes; "->" stays readable
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').appendCodePoint(cp);
                default -> {
                    if (!Character.isISOControl(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private void row(String key, String value) {
        line("| " + key + " | " + value + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
