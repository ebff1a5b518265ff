package org.claimskb.index;

import java.time.LocalDate;
import java.util.List;
import org.claimskb.factfile.Problem;
import org.claimskb.factfile.SkippedFile;

/**
 * What a generation was built from: the as-of date, how many claims it holds, the fact-file
 * problems and skipped files found while loading, whether rules scored the claims, and the
 * ids filters may name (speakers; entities, propositions and topics).
 */
public record IndexState(String format, String key, LocalDate asOf, int claims, boolean scored,
                         List<Problem> problems, List<SkippedFile> skipped, List<String> speakerIds,
                         List<String> topicIds) {
    public IndexState {
        speakerIds = List.copyOf(speakerIds);
        topicIds = List.copyOf(topicIds);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }
}
