package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an English intro introduces: "Jane Host welcomes AMD CEO Lisa Su", "Pat Host talks
 * with chip executive Lisa Su", "my guest today is Lisa Su, CEO of AMD", "joined by Lisa Su". The
 * one who welcomes or talks with is the host, the one welcomed is the guest, and a job title next
 * to the name ({@code AMD CEO}, {@code CEO of AMD}) is the guest's role; the role later ties the
 * guest's "our revenue" to the company.
 *
 * @param name a person's name (two to four capitalised words)
 * @param role the job title found next to it, or null
 * @param host whether the text makes this person the host
 */
record Introductions(String name, String role, boolean host) {
    /** A capitalised word; a full stop belongs to it only inside ("J.R.") or after an initial ("J."), so a name never runs into the next sentence. */
    private static final String WORD = "(?:\\p{Lu}\\.|\\p{Lu}(?:[\\p{IsLatin}\\p{N}'’&-]|\\.(?=\\p{L}))*)";
    /** A run of capitalised words: a name, possibly after an organisation and a title ("AMD CEO Lisa Su"). */
    private static final String RUN = WORD + "(?:\\s" + WORD + "){1,6}";
    private static final Pattern TITLE_WORD = Pattern.compile(
            "(?i)^(?:CEO|CFO|CTO|COO|CIO|President|Chair|Chairman|Chairwoman|Founder|Co-?founder|Chief|Partner|Director"
            + "|Analyst|Investor|Professor|Prof\\.?|Dr\\.?|Head|VP|SVP|EVP|Executive|Managing|General)$");
    private static final Pattern HOST_GUEST = Pattern.compile("(" + RUN + ")\\s+(?:welcomes|talks\\s+(?:with|to)|speaks\\s+with"
            + "|sits\\s+down\\s+with|sat\\s+down\\s+with|spoke\\s+with|talked\\s+(?:with|to)|interviews|interviewed"
            + "|is\\s+joined\\s+by|hosts)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(" + RUN + ")");
    private static final Pattern GUEST_ONLY = Pattern.compile("(?i:joined\\s+(?:today\\s+|here\\s+)?by|(?:the\\s+pleasure\\s+of\\s+)?(?:speaking|talking)\\s+(?:with|to)|my\\s+guest(?:\\s+today)?\\s+is|our\\s+guest"
            + "(?:\\s+today)?\\s+is|today's\\s+guest\\s+is|please\\s+welcome|welcome(?:\\s+back)?(?:\\s+to\\s+the\\s+show)?,)"
            + "\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(" + RUN + ")");
    /** "Hi, I'm Reid Hoffman.", "And I'm Aria Finger.": a show's hosts introduce themselves. */
    private static final Pattern SELF = Pattern.compile("(?:\\bI'm|\\bI’m|\\bI am|(?i:\\bmy name is))\\s+(" + RUN + ")");
    private static final Pattern ROLE_AFTER = Pattern.compile("^,\\s+(?:the\\s+)?((?:co-?founder|founder|ceo|cfo|cto|coo|cio"
            + "|president|chair(?:man|woman)?|chief\\s+[a-z]+\\s+officer|partner|head|analyst|investor)[^,.;]{0,40}?"
            + "\\s(?:of|at)\\s+" + WORD + "(?:\\s" + WORD + "){0,3})");

    /** The introductions in a passage of prose, in order. */
    static List<Introductions> find(String text) {
        String t = Markdown.plain(text);
        var found = new ArrayList<Introductions>();
        Matcher hg = HOST_GUEST.matcher(t);
        while (hg.find()) {
            person(hg.group(1)).ifPresent(h -> found.add(new Introductions(h.name, h.role, true)));
            person(hg.group(2)).ifPresent(g -> found.add(withRoleAfter(g, t, hg.end(2))));
        }
        Matcher self = SELF.matcher(t);
        while (self.find()) {
            person(self.group(1)).ifPresent(h -> found.add(new Introductions(h.name, h.role, true)));
        }
        Matcher go = GUEST_ONLY.matcher(t);
        while (go.find()) {
            person(go.group(1)).ifPresent(g -> found.add(withRoleAfter(g, t, go.end(1))));
        }
        return found;
    }

    /**
     * The person in a run of capitalised words: the words after the last job title, with the words
     * before it as the role ({@code AMD CEO Lisa Su} is Lisa Su, role AMD CEO).
     */
    static Optional<Introductions> person(String run) {
        String[] words = run.strip().split("\\s+");
        int lastTitle = -1;
        for (int i = 0; i < words.length; i++) {
            if (TITLE_WORD.matcher(words[i]).matches()) {
                lastTitle = i;
            }
        }
        int from = lastTitle + 1;
        while (from < words.length && SpeakerLabel.commonWord(words[from])) {
            from++; // "Today Jane Host welcomes ...": the name starts after the common words
        }
        int to = from;
        while (to < words.length && to < from + 4 && !SpeakerLabel.commonWord(words[to])) {
            to++; // "Jensen Huang About Accelerated Computing": the name ends at the first common word
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        if (to - from < 2 || !SpeakerLabel.looksLikeName(name)) {
            return Optional.empty();
        }
        String role = lastTitle >= 0 ? String.join(" ", java.util.Arrays.copyOfRange(words, 0, lastTitle + 1)) : null;
        return Optional.of(new Introductions(name, role, false));
    }

    private static Introductions withRoleAfter(Introductions guest, String text, int end) {
        if (guest.role != null) {
            return guest;
        }
        Matcher r = ROLE_AFTER.matcher(text.substring(end));
        return new Introductions(guest.name, r.find() ? r.group(1).strip() : null, false);
    }
}
