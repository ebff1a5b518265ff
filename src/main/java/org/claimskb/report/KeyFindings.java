package org.claimskb.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimskb.report.Report.Highlights;
import org.claimskb.report.Report.Predictions;
import org.claimskb.report.Report.SpeakerCard;
import org.claimskb.report.Report.Summary;
import org.claimskb.report.Report.VerdictSection;
import org.claimskb.scoring.VerdictBand;

/** The opening bullet points of the report, written from the data so they never go stale. */
final class KeyFindings {

    private KeyFindings() {}

    static List<String> of(Summary s, List<VerdictSection> verdicts, List<SpeakerCard> speakers,
                           Highlights highlights, Predictions predictions, List<Report.RevisionItem> revisions) {
        var lines = new ArrayList<String>();
        lines.add(coverage(s));
        if (!verdicts.isEmpty()) {
            lines.add(bands(s, verdicts.size()));
            best(verdicts, true).ifPresent(v -> lines.add("Best supported: \u201c" + v.statement() + "\u201d ("
                    + v.verdictLabel().toLowerCase(java.util.Locale.ROOT) + ", score " + ReportText.signed(v.score())
                    + " on evidence weight " + ReportText.fixed(v.weight()) + ")."));
            best(verdicts, false).ifPresent(v -> lines.add("Most strongly refuted: \u201c" + v.statement() + "\u201d ("
                    + v.verdictLabel().toLowerCase(java.util.Locale.ROOT) + ", score " + ReportText.signed(v.score())
                    + " on evidence weight " + ReportText.fixed(v.weight()) + ")."));
            verdicts.stream()
                    .filter(v -> v.verdict().equals(VerdictBand.CONTESTED.wire()))
                    .max(Comparator.comparingDouble(VerdictSection::weight))
                    .ifPresent(v -> lines.add("Most contested: \u201c" + v.statement() + "\u201d (evidence weight "
                            + ReportText.fixed(v.weightFor()) + " for, " + ReportText.fixed(v.weightAgainst())
                            + " against)."));
        }
        int disagreements = s.contradictions() - s.selfContradictions();
        if (s.contradictions() == 0) {
            lines.add("No disagreements were found between speakers.");
        } else {
            lines.add(ReportText.count(disagreements, "disagreement", "disagreements") + " between speakers, and "
                    + ReportText.count(s.selfContradictions(), "self-contradiction", "self-contradictions") + ".");
        }
        if (!revisions.isEmpty()) {
            lines.add("Changes of view over time (not counted as contradictions): " + revisions.stream()
                    .limit(3).map(r -> r.speakerName() + " on \u201c" + r.about() + "\u201d: " + r.from() + ", then "
                            + r.to()).collect(Collectors.joining("; "))
                    + (revisions.size() > 3 ? "; and " + (revisions.size() - 3) + " more" : "") + ".");
        }
        speakerLine(speakers).ifPresent(lines::add);
        int selfInterest = highlights.selfInterest().size();
        int against = highlights.againstInterest().size();
        if (selfInterest + against > 0) {
            lines.add(ReportText.count(selfInterest, "claim serves", "claims serve") + " the speaker's own interest; "
                    + ReportText.count(against, "is an admission", "are admissions") + " against it.");
        }
        int due = predictions.due().size();
        int pending = predictions.pending().size();
        int resolved = predictions.resolved().size();
        if (due + pending + resolved > 0) {
            lines.add(ReportText.count(due, "prediction is", "predictions are") + " past due with no recorded outcome, "
                    + ReportText.count(pending) + " pending and " + ReportText.count(resolved) + " resolved.");
        }
        return lines;
    }

    private static String coverage(Summary s) {
        var text = new StringBuilder();
        text.append("The knowledge base holds ").append(ReportText.count(s.claims(), "claim", "claims"));
        if (s.draftClaims() > 0) {
            text.append(" (").append(ReportText.count(s.draftClaims(), "draft", "drafts")).append(", not counted)");
        }
        text.append(" by ").append(ReportText.count(s.speakers(), "speaker", "speakers"))
                .append(" from ").append(ReportText.count(s.sources(), "source", "sources"))
                .append(" (").append(ReportText.count(s.events(), "event", "events")).append(")");
        if (s.firstEvent() != null) {
            text.append(s.firstEvent().equals(s.lastEvent()) ? ", dated " + s.firstEvent()
                    : ", dated " + s.firstEvent() + " to " + s.lastEvent());
        }
        return text.append("; scored as of ").append(s.asOf()).append('.').toString();
    }

    private static String bands(Summary s, int total) {
        String parts = s.verdictBands().stream()
                .filter(b -> b.count() > 0)
                .map(b -> b.count() + " " + b.label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        return "Of " + ReportText.count(total, "proposition", "propositions") + ": " + parts + ".";
    }

    private static Optional<VerdictSection> best(List<VerdictSection> verdicts, boolean supported) {
        List<String> bands = supported
                ? List.of(VerdictBand.SUPPORTED.wire(), VerdictBand.LEANS_SUPPORTED.wire())
                : List.of(VerdictBand.REFUTED.wire(), VerdictBand.LEANS_REFUTED.wire());
        Comparator<VerdictSection> strength = Comparator.comparingDouble(v -> supported ? v.score() : -v.score());
        return verdicts.stream()
                .filter(v -> bands.contains(v.verdict()))
                .max(strength.thenComparing(VerdictSection::weight).thenComparing(VerdictSection::proposition,
                        Comparator.reverseOrder()));
    }

    private static Optional<String> speakerLine(List<SpeakerCard> speakers) {
        List<SpeakerCard> graded = speakers.stream().filter(c -> ReportText.gradeRank(c.grade()) < 5).toList();
        long ungraded = speakers.size() - graded.size();
        var text = new StringBuilder();
        if (!graded.isEmpty()) {
            SpeakerCard top = graded.getFirst();
            SpeakerCard bottom = graded.getLast();
            text.append("Most reliable speaker: ").append(top.name()).append(" (grade ").append(top.grade()).append(')');
            if (graded.size() > 1 && !bottom.grade().equals(top.grade())) {
                text.append("; least reliable: ").append(bottom.name()).append(" (grade ").append(bottom.grade()).append(')');
            }
            text.append('.');
        }
        if (ungraded > 0) {
            text.append(text.isEmpty() ? "" : " ").append(ReportText.count((int) ungraded, "speaker", "speakers"))
                    .append(" cannot be graded yet (grade F: too few claims or resolutions).");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }
}
