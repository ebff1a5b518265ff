package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Markdown or plain-text body into passages (paragraphs and bullets), each carrying the
 * timestamp or heading in force where it appears:
 * <ul>
 * <li>A heading ({@code ## Title}, or a {@code ▋Title}/{@code ■Title}/{@code 【Title】} line used as
 *     one) starts a section; a timestamp at its start ({@code ### [05:03] Title}) becomes the
 *     section's {@code at}, otherwise the heading text does.</li>
 * <li>A timestamp at the start of a line ({@code [05:03]}, {@code 05:03 -}, {@code (1:22:25)})
 *     starts a new timed segment that lasts until the next heading or timestamp.</li>
 * <li>A timestamp at the end of a line ({@code ... (1:22:25)}) applies to that line only.</li>
 * <li>A name alone on its line that comes back as such a line ({@code Jensen Huang} above each of
 *     his turns) is a label for the text below it.</li>
 * <li>A name with a time before a turn, alone on its line or before the words
 *     ({@code Lisa Su (00:12):}, {@code Keith 00:00:00}), is that turn's label and time.</li>
 * <li>A line that starts with a speaker label ({@code Lisa Su: ...}) starts a new paragraph: transcripts
 *     often put one turn per line with no blank line between turns. A name-like label alone on its
 *     line ({@code LISA SU:}) opens the line below it.</li>
 * <li>Fenced code, horizontal rules, table separators and bold-only labels are not passages.</li>
 * </ul>
 */
public final class Segmenter {
    static final String TIME = "(\\d{1,2}:\\d{2}(?::\\d{2})?)";
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern PSEUDO_HEADING = Pattern.compile("^\\s*(?:[▋■□◆◇●▌▍█]\\s*(.+)|【([^】]{1,40})】\\s*)$");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^[\\[(（]?" + TIME + "[\\])）]?(?!\\s*(?:[aApP]\\.?[mM]\\b|時|点))\\s*(?:[-–—:|]\\s*)?(.*)$");
    private static final Pattern TRAILING_TIME = Pattern.compile("^(.*?)\\s*[\\[(（]" + TIME + "[\\])）]\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]\\s+|[•・]\\s*|\\d{1,3}[.)、]\\s+)(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,}|={3,})\\s*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    /** A name and a clock time alone on a line, above the turn ({@code Keith 00:00:00}, {@code Stephen Witt (12:03)}). */
    private static final String TIMED_NAME = "^(\\p{Lu}[\\p{IsLatin}'’.-]*(?:\\s\\p{Lu}[\\p{IsLatin}'’.-]*){0,2})\\s+";
    private static final Pattern TIMED_LABEL = Pattern.compile(TIMED_NAME + "[(\\[]?" + TIME + "[)\\]]?\\s*[:：]?$");
    /** A name, a clock time and a colon before the turn's words ({@code Lisa Su (00:12): We think ...}, as Rev writes them). */
    private static final Pattern INLINE_TIMED_LABEL = Pattern.compile(TIMED_NAME + "[(\\[]" + TIME + "[)\\]]\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern LONE_LABEL = Pattern.compile("^(?:\\*\\*|__)?([^*_:：]{2,40}?)(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?$");
    /** A name and a job title alone on a line ("Colette Kress — Executive Vice President, CFO"): a call transcript's turn label. */
    private static final Pattern ROLE_LABEL = Pattern.compile("^(?:\\*\\*|__)?([^*_:：—–]{2,40}?)(?:\\*\\*|__)?\\s+[—–]\\s+([^.!?。]{2,80})$");
    /** A timestamp inside a bold label ("**[00:32] Jane Doe:** ..."), moved in front of it. */
    private static final Pattern BOLD_TIME = Pattern.compile("^(\\*\\*|__)\\s*[\\[(]" + TIME + "[\\])]\\s*");
    private static final Pattern BOLD_LABEL = Pattern.compile("^\\s*(\\*\\*|__)[^*_]{1,60}\\1\\s*[:：]?\\s*$");

    private Segmenter() {}

    /** The passages of a body whose first line is line {@code firstLine} of the file. */
    /** How many lines from the top a page's title ({@code # Title}) may come; above it is the page's furniture. */
    private static final int TITLE_WITHIN = 12;

    /** The page's title ({@code # Title} near the top), as plain text, or null. */
    private static String pageTitle(String[] lines, int titleAt) {
        Matcher h = HEADING.matcher(lines.length == 0 ? "" : lines[titleAt].strip());
        return h.matches() && h.group(1).length() == 1 ? Markdown.normalized(Markdown.plain(h.group(2))).strip() : null;
    }

    /** Whether a line below the title says the title again (a page that repeats its headline at the end). */
    private static boolean repeatsTitle(String stripped, String pageTitle, int i, int titleAt) {
        return pageTitle != null && i > titleAt && !HEADING.matcher(stripped).matches()
                && Markdown.normalized(Markdown.plain(stripped)).strip().equals(pageTitle);
    }

    /** The index of the page's first top-level heading near the top, or 0 when it has none. */
    private static int titleLine(String[] lines) {
        for (int i = 0; i < Math.min(lines.length, TITLE_WITHIN); i++) {
            Matcher h = HEADING.matcher(lines[i].strip());
            if (h.matches() && h.group(1).length() == 1) {
                return i;
            }
        }
        return 0;
    }

    public static List<Passage> passages(String body, int firstLine, String language) {
        var out = new ArrayList<Passage>();
        String at = null;
        String heading = null;
        // The level of the heading whose timestamp is in force; sub-headings keep it.
        int timedLevel = 0;
        boolean inFence = false;
        String pendingLabel = null;
        StringBuilder paragraph = null;
        int paragraphLine = 0;
        String paragraphAt = null;
        String[] lines = body.split("\n", -1);
        java.util.Set<String> repeatedNames = repeatedNames(lines);
        int titleAt = titleLine(lines);
        String pageTitle = pageTitle(lines, titleAt);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = firstLine + i;
            String stripped = line.strip();
            if (i < titleAt && Furniture.isBanner(stripped)
                    || Furniture.isHeadline(stripped) && !HEADING.matcher(stripped).matches() && loneLabel(stripped) == null) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                continue; // banners above the title, headlines anywhere: the page's, not the text's
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                continue;
            }
            if (inFence) {
                continue;
            }
            if (stripped.startsWith(">")) {
                stripped = stripped.replaceFirst("^(>\\s?)+", "").strip();
            }
            if (stripped.isEmpty() || RULE.matcher(stripped).matches() || TABLE_SEPARATOR.matcher(stripped).matches()
                    || Furniture.isLine(stripped) || Furniture.isCaption(stripped) || repeatsTitle(stripped, pageTitle, i, titleAt)) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                continue;
            }
            Matcher h = HEADING.matcher(stripped);
            Matcher ph = PSEUDO_HEADING.matcher(stripped);
            if (h.matches() || ph.matches()) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                String title = h.matches() ? h.group(2) : (ph.group(1) != null ? ph.group(1) : ph.group(2));
                int level = h.matches() ? h.group(1).length() : 4;
                Matcher t = LEADING_TIME.matcher(Markdown.plain(title));
                if (t.matches()) {
                    at = t.group(1);
                    timedLevel = level;
                    heading = t.group(2).isBlank() ? null : Markdown.plain(t.group(2));
                } else {
                    heading = Markdown.plain(title);
                    if (timedLevel == 0 || level <= timedLevel) {
                        at = heading.isEmpty() ? null : heading;
                        timedLevel = 0;
                    }
                }
                continue;
            }
            if (participant(stripped)) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                continue; // "Jensen Huang - President and CEO" in a participants list says who, not what
            }
            String lone = repeatedNames.contains(stripped) ? stripped : loneLabel(stripped);
            if (lone != null) {
                // "LISA SU:", "• Operator:", "Colette Kress — CFO" on a line of its own: the turn is the text below it.
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                pendingLabel = lone + ": ";
                continue;
            }
            stripped = BOLD_TIME.matcher(stripped).replaceFirst("[$2] $1");
            if (BOLD_LABEL.matcher(stripped).matches()) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                continue;
            }
            if (stripped.length() >= 2 && stripped.startsWith("|") && stripped.endsWith("|")) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                String row = stripped.substring(1, stripped.length() - 1).replaceAll("\\s*\\|\\s*", "; ");
                out.add(new Passage(at, heading, row, true, lineNo));
                continue;
            }
            Matcher b = BULLET.matcher(stripped);
            boolean bullet = b.matches();
            String content = bullet ? b.group(1).strip() : stripped;
            if (pendingLabel != null) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                content = pendingLabel + content;
                pendingLabel = null;
            }
            Matcher inlineTimed = INLINE_TIMED_LABEL.matcher(content);
            if (inlineTimed.matches() && !SpeakerLabel.commonWord(inlineTimed.group(1).split("\\s+")[0])) {
                content = "[" + inlineTimed.group(2) + "] " + inlineTimed.group(1) + ": " + inlineTimed.group(3);
            }
            Matcher lead = LEADING_TIME.matcher(content);
            if (lead.matches()) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                at = lead.group(1);
                timedLevel = 7;
                content = lead.group(2).strip();
                if (content.isEmpty()) {
                    continue;
                }
            }
            String lineAt = at;
            Matcher trail = TRAILING_TIME.matcher(content);
            if (trail.matches() && !trail.group(1).isBlank()) {
                lineAt = trail.group(2);
                content = trail.group(1);
            }
            if (bullet || !java.util.Objects.equals(lineAt, at)) {
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
                out.add(new Passage(lineAt, heading, content, bullet, lineNo));
                continue;
            }
            if (paragraph != null && SpeakerLabel.startsLine(content)) {
                // "Lisa Su: ..." on the next line is a new turn, even without a blank line before it.
                paragraph = flush(out, paragraph, paragraphAt, heading, paragraphLine);
            }
            if (paragraph == null) {
                content = Credits.strip(content); // "〔編譯X／綜合報導〕…", "(ブルームバーグ): …": the credit is not the text
                paragraph = new StringBuilder(content);
                paragraphLine = lineNo;
                paragraphAt = at;
            } else {
                join(paragraph, content, language);
            }
        }
        flush(out, paragraph, paragraphAt, heading, paragraphLine);
        return out;
    }

    /** A participants list's line: a name, a dash and a title or firm ({@code Jensen Huang - President and CEO}). */
    private static final Pattern PARTICIPANT = Pattern.compile("^([^-–—:：]{2,40}?)\\s+[-–—]\\s+\\S.{0,80}$");

    /**
     * Whether the line is a participants list's entry: a name, a hyphen and a short title or firm
     * without a sentence's end ({@code Jensen Huang - President and CEO}). (With a long dash it is
     * a call transcript's turn label, {@link #loneLabel}.)
     */
    private static boolean participant(String stripped) {
        Matcher m = PARTICIPANT.matcher(stripped);
        if (!m.matches() || !SpeakerLabel.looksLikeName(m.group(1).strip()) || ROLE_LABEL.matcher(stripped).matches()) {
            return false;
        }
        String rest = stripped.substring(m.end(1)).replaceFirst("^\\s*[-–—]\\s*", "");
        return rest.split("\\s+").length <= 8 && !rest.matches(".*[.!?。！？]$");
    }

    /**
     * Names alone on their lines, without a colon, that come back as such lines (or are named in a
     * participants list, {@code Jensen Huang - President and CEO}): the turn labels of
     * transcripts that put the speaker's name on a line above each turn ({@code Jensen Huang}, as
     * Seeking Alpha writes them). A name-like line that appears once (a byline, a headline) is not one.
     */
    private static java.util.Set<String> repeatedNames(String[] lines) {
        var counts = new java.util.HashMap<String, Integer>();
        for (String line : lines) {
            String stripped = line.strip();
            // A listed name ("Jensen Huang - President and CEO", "Colette Kress — CFO") counts as a mention.
            Matcher listed = PARTICIPANT.matcher(stripped);
            String name = listed.matches() ? listed.group(1).strip() : stripped;
            if (!name.isEmpty() && name.length() <= 40 && SpeakerLabel.looksLikeName(name)) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        var out = new java.util.HashSet<String>();
        counts.forEach((name, n) -> {
            if (n >= 2) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * The speaker label a line holds and nothing else, or null: {@code NAME:} (also as a bullet),
     * {@code Name — Job title}, or an operator's label with or without a colon ({@code Operator}).
     */
    private static String loneLabel(String stripped) {
        Matcher b = BULLET.matcher(stripped);
        String line = b.matches() ? b.group(1).strip() : stripped;
        Matcher timed = TIMED_LABEL.matcher(line);
        if (timed.matches() && !SpeakerLabel.commonWord(timed.group(1).split("\\s+")[0])) {
            return "[" + timed.group(2) + "] " + timed.group(1).strip(); // "Keith 00:00:00" above the turn
        }
        Matcher alone = LONE_LABEL.matcher(line);
        if (alone.matches()) {
            String name = alone.group(1).strip();
            return SpeakerLabel.looksLikeName(name) || SpeakerLabel.isOperator(name) ? name : null;
        }
        Matcher role = ROLE_LABEL.matcher(line);
        if (role.matches() && SpeakerLabel.looksLikeName(role.group(1).strip())) {
            return role.group(1).strip();
        }
        return SpeakerLabel.isOperator(line) ? line : null;
    }

    private static void join(StringBuilder paragraph, String next, String language) {
        char last = paragraph.charAt(paragraph.length() - 1);
        char first = next.charAt(0);
        boolean cjkJoin = isCjk(last) || isCjk(first);
        paragraph.append(cjkJoin && LanguageDetector.isCjk(language) ? "" : " ").append(next);
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static StringBuilder flush(List<Passage> out, StringBuilder paragraph, String at, String heading, int line) {
        if (paragraph != null && !paragraph.isEmpty()) {
            out.add(new Passage(at, heading, paragraph.toString(), false, line));
        }
        return null;
    }
}
