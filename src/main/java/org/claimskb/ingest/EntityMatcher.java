package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.model.Entity;
import org.claimskb.model.KnowledgeBase;

/**
 * Finds the knowledge base's entities in a sentence by name or alias, so that drafts get
 * {@code topics} (and quantities a {@code subject}) that are real entity ids. Latin names match
 * as whole words (a trailing plural {@code s} allowed), case-insensitively when longer than three
 * letters and exactly otherwise (so {@code AI} does not match "ai" inside words, nor {@code TPU}
 * lower-case prose); CJK names match as substrings, since CJK has no spaces between words.
 */
public final class EntityMatcher {
    private record Name(String entityId, Pattern pattern, String plain) {}

    private final List<Name> names = new ArrayList<>();

    public EntityMatcher(KnowledgeBase kb) {
        for (Entity e : kb.entities()) {
            var spellings = new LinkedHashSet<String>();
            spellings.add(e.name());
            spellings.addAll(e.aliases());
            if (!e.id().contains("-")) {
                spellings.add(e.id());
            }
            for (String s : spellings) {
                if (s == null || s.isBlank()) {
                    continue;
                }
                String name = Markdown.normalized(s);
                boolean latin = name.chars().anyMatch(c -> c < 128 && Character.isLetter(c))
                        && name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
                Pattern p;
                if (latin) {
                    int flags = name.length() > 3 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                    p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?:s|es)?(?![\\p{IsLatin}\\p{N}])", flags);
                } else {
                    p = Pattern.compile(Pattern.quote(name));
                }
                names.add(new Name(e.id(), p, name));
            }
        }
        // Longer names first, so "Google TPU" is found before "Google" claims the same words.
        names.sort(Comparator.comparingInt((Name n) -> -n.plain.length()));
    }

    /** Entity ids named in the text, in order of first appearance. */
    public List<String> find(String text) {
        String t = Markdown.normalized(text);
        record Hit(int at, int end, String id) {}
        var hits = new ArrayList<Hit>();
        // Longest names first; a shorter name inside a longer one's match ("Google" in "Google TPUs")
        // is that entity's name, not a mention of another one.
        for (Name n : names) {
            Matcher m = n.pattern.matcher(t);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (hits.stream().noneMatch(h -> s < h.end && e > h.at)) {
                    hits.add(new Hit(s, e, n.entityId));
                    break;
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        var ids = new LinkedHashSet<String>();
        hits.forEach(h -> ids.add(h.id));
        return List.copyOf(ids);
    }

}
