package org.claimskb.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.KnowledgeBase;

/**
 * Which concepts a claim's own words mention, so that a claim saying "gross margin" in English is
 * also found by 毛利率 and 粗利率 although no curator linked it. A concept is mentioned by its name
 * or by an alias that cannot be mistaken for an ordinary word: a Latin alias of two words or more
 * ("cash flow", "power constraint"), compared as singular lower-case words; or a CJK alias of two
 * characters or more, compared with Traditional folded to Simplified. Single-word Latin aliases
 * ("sales", "share", "power") are left to curated links (topics and metrics): mentioned in passing
 * they would tie a claim to the wrong idea.
 */
final class ConceptMentions {
    private final Analyzer words = MultilingualAnalyzers.plainEnglish();
    private final List<Pattern> patterns = new ArrayList<>();
    private boolean anyCjkPattern;

    private record Pattern(Entity concept, List<String> latin, String cjk) {}

    ConceptMentions(KnowledgeBase kb) {
        for (Entity e : kb.entities()) {
            if (e.kind() != EntityKind.CONCEPT) {
                continue;
            }
            add(e, e.name(), true);
            for (String alias : e.aliases()) {
                add(e, alias, false);
            }
        }
    }

    private void add(Entity concept, String name, boolean isName) {
        if (hasCjk(name)) {
            String folded = MultilingualAnalyzers.simplified(name).strip();
            if (folded.codePointCount(0, folded.length()) >= 2) {
                patterns.add(new Pattern(concept, List.of(), folded));
                anyCjkPattern = true;
            }
            return;
        }
        List<String> tokens = tokens(name);
        if (tokens.size() >= 2 || (isName && tokens.size() == 1)) {
            patterns.add(new Pattern(concept, tokens, null));
        }
    }

    /** The concepts {@code texts} mention, each once, in registry order. */
    List<Entity> in(List<String> texts) {
        if (patterns.isEmpty()) {
            return List.of();
        }
        var latin = new ArrayList<List<String>>();
        var cjk = new StringBuilder();
        for (String t : texts) {
            if (t == null) continue;
            latin.add(tokens(t));
            if (anyCjkPattern && hasCjk(t)) {
                cjk.append(MultilingualAnalyzers.simplified(t)).append('\n');
            }
        }
        var found = new ArrayList<Entity>();
        for (Pattern p : patterns) {
            if (found.contains(p.concept())) continue;
            boolean hit = p.cjk() != null ? cjk.indexOf(p.cjk()) >= 0
                    : latin.stream().anyMatch(ts -> contains(ts, p.latin()));
            if (hit) found.add(p.concept());
        }
        return found;
    }

    private static boolean contains(List<String> text, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= text.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!text.get(i + j).equals(phrase.get(j))) continue outer;
            }
            return true;
        }
        return false;
    }

    private List<String> tokens(String text) {
        return MultilingualAnalyzers.terms(words, text);
    }

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }
}
