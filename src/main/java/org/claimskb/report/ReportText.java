package org.claimskb.report;

import java.util.List;
import java.util.Locale;
import org.claimskb.model.Regime;
import org.claimskb.scoring.VerdictBand;

/**
 * The words and number formats all three renderers share, so that the Markdown, the HTML and the
 * JSON call things by the same names and round numbers the same way.
 */
public final class ReportText {

    private ReportText() {}

    /** How the numbers are combined; the contract of scoring.md in four sentences. */
    static final List<String> PRINCIPLES = List.of(
            "Each claim's credibility is sigmoid(prior + sum of rule effects), in log-odds: the prior comes from "
                    + "the speaker's trust regime and the kind of claim, and every rule that fires adds or subtracts "
                    + "its weight, so each number traces back to named rules.",
            "A verdict is the credibility-weighted mean of positions (+1 for, -1 against). Each claim weighs its "
                    + "credibility times a verifiability factor; re-reports of one utterance (same event, same "
                    + "speaker) count once, drafts never count, and the score shrinks towards 0 when there is "
                    + "little evidence.",
            "Speaker grades follow the NATO/Admiralty source grading: A completely reliable, B usually reliable, "
                    + "C fairly reliable, D not usually reliable, E unreliable. F means the reliability cannot be "
                    + "judged yet (too few claims or resolved predictions): unknown, not worst.",
            "Attribution is not verification: \"X says Y\" establishes only that X said Y. No evidence for Y is "
                    + "not evidence against Y, and silence is recorded as a commentary claim, never inferred.");

    /** The reader's label of a verdict band. */
    public static String bandLabel(VerdictBand band) {
        return switch (band) {
            case SUPPORTED -> "Supported";
            case LEANS_SUPPORTED -> "Leans supported";
            case CONTESTED -> "Contested";
            case LEANS_REFUTED -> "Leans refuted";
            case REFUTED -> "Refuted";
            case INSUFFICIENT_EVIDENCE -> "Insufficient evidence";
        };
    }

    /** What a grade letter means on the Admiralty scale. */
    public static String gradeLabel(String grade) {
        return switch (grade == null ? "F" : grade) {
            case "A" -> "Completely reliable";
            case "B" -> "Usually reliable";
            case "C" -> "Fairly reliable";
            case "D" -> "Not usually reliable";
            case "E" -> "Unreliable";
            default -> "Cannot be judged";
        };
    }

    /** Sort key: A first, E last among judged grades, then F (cannot be judged), then anything else. */
    static int gradeRank(String grade) {
        if (grade == null || grade.length() != 1) {
            return 99;
        }
        char g = grade.charAt(0);
        return g >= 'A' && g <= 'F' ? g - 'A' : 99;
    }

    /** What a trust regime means for the priors (scoring.md). */
    static String regimeMeaning(Regime regime) {
        return switch (regime) {
            case BOUNDED -> "Bounded distrust: may frame, select and argue their book, but does not state specific, "
                    + "checkable falsehoods. Specific facts and statistics start high; opinions, analyses and "
                    + "predictions start neutral.";
            case UNBOUNDED -> "States things known to be false and gives absurd numbers and timelines: even specific "
                    + "facts start low, and dated predictions lower.";
            case UNKNOWN -> "Not yet established: priors sit between bounded and unbounded.";
        };
    }

    /**
     * The Markdown line under a list cut short ({@link Report#LISTED}): {@code Listed here: 100 of
     * 5,123 predictions; `claims due` and `report.json` list every one.} ({@code command} may be null).
     */
    public static String notListed(int shown, int total, String what, String command) {
        return "Listed here: " + count(shown) + " of " + count(total) + " " + what + "; "
                + (command == null ? "`report.json` lists" : "`" + command + "` and `report.json` list") + " every one.";
    }

    /** A count with thousands separated: {@code 5,123}. */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A credibility or probability as a percentage: {@code 71%}; a dash when unknown. */
    public static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    /** Two decimals: {@code 0.42}; a dash when unknown. */
    public static String fixed(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Two decimals with a sign, for log-odds effects and verdict scores: {@code +0.42}, {@code −0.80}. */
    public static String signed(double value) {
        String text = String.format(Locale.ROOT, "%+.2f", value);
        return text.equals("-0.00") ? "+0.00" : text.replace('-', '\u2212');
    }

    /** "1 claim", "3 claims", "20,091 drafts". */
    public static String count(int n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** A wire spelling made readable: {@code leans-supported} to {@code leans supported}. */
    public static String words(String wire) {
        return wire == null ? "" : wire.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** Track record as "2 of 3 resolved predictions came true". */
    public static String trackRecord(Report.TrackRecord t) {
        int resolved = t.resolvedTrue() + t.resolvedFalse();
        if (resolved == 0) {
            return t.due() + t.pending() == 0 ? "no predictions" : "none resolved yet";
        }
        return t.resolvedTrue() + " of " + resolved + " came true";
    }
}
