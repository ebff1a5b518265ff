package org.claimskb.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Marks matches with {@code **}, one mark per run of matched text: matches that overlap or touch
 * (the bigrams 英偉 and 偉達 of 英偉達, the Japanese tokens ラック and 重量) become one highlighted
 * span instead of {@code **英****偉****達**}. Passages are joined by an ellipsis.
 */
final class MergingFormatter extends PassageFormatter {
    static final String MARK = "**";
    private static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        var out = new StringBuilder();
        for (Passage p : passages) {
            if (!out.isEmpty()) {
                out.append(ELLIPSIS);
            }
            int pos = p.getStartOffset();
            int[] starts = p.getMatchStarts();
            int[] ends = p.getMatchEnds();
            int i = 0;
            while (i < p.getNumMatches()) {
                int start = Math.max(starts[i], pos);
                int end = ends[i];
                while (++i < p.getNumMatches() && starts[i] <= end) {
                    end = Math.max(end, ends[i]);
                }
                if (end <= start) {
                    continue;
                }
                out.append(content, pos, start).append(MARK).append(content, start, end).append(MARK);
                pos = end;
            }
            out.append(content, pos, Math.max(pos, p.getEndOffset()));
        }
        return out.toString();
    }
}
