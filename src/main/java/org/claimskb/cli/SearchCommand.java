package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimskb.factfile.Suggestions;
import org.claimskb.index.BadQueryException;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchHit;
import org.claimskb.index.SearchRequest;
import org.claimskb.index.SearchResult;
import org.claimskb.index.SearchSort;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claims search}: ranked keyword search in any language, with filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Ranked keyword search over claim text, quotes (any language), topics, entity and concept "
                + "names and aliases, quantity subjects and metrics, and speaker names and aliases. A claim matching all "
                + "the words ranks above one matching some, drafts below reviewed claims. With no query (or *), every "
                + "claim passing the filters, most credible first.",
                "Query syntax: words (OR), \"a phrase\", +must -mustnot, AND/OR/NOT, field-free Lucene syntax."})
public final class SearchCommand extends KbCommand {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for (joined by spaces).")
    List<String> query;

    @Option(names = "--speaker", paramLabel = "ID", description = "Only claims by this speaker.")
    String speaker;

    @Option(names = "--topic", paramLabel = "ID", description = "Only claims on this topic (entity, proposition or topic id; an entity covers its parts).")
    String topic;

    @Option(names = "--kind", paramLabel = "K", description = "Only claims of this kind: fact, statistic, prediction, opinion, analysis, disclosure.")
    String kind;

    @Option(names = "--flag", paramLabel = "F", description = "Only claims with this flag, e.g. SELF_INTEREST, CONTRADICTED.")
    String flag;

    @Option(names = "--min-credibility", paramLabel = "X", description = "Only claims with credibility >= X (0..1).")
    Double minCredibility;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default), credibility (most credible first) or date (newest source first).")
    String sort;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Matches in bold: auto (default: when output is a terminal), always or never.")
    String color;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        if (limit < 1) {
            throw new UserError("--limit must be at least 1, found " + limit);
        }
        if (minCredibility != null && (minCredibility < 0 || minCredibility > 1 || minCredibility.isNaN())) {
            throw new UserError("--min-credibility must be between 0 and 1, found " + Values.plain(minCredibility));
        }
        String kindWire = kind == null ? null : Scored.requireKnown("kind", kind.toLowerCase(Locale.ROOT), Wire.spellings(ClaimKind.class));
        String flagWire = flag == null ? null : Scored.requireKnown("flag", flag.toUpperCase(Locale.ROOT).replace('-', '_'),
                Arrays.stream(Flag.values()).map(Flag::wire).toList());
        SearchSort order = SearchSort.of(Scored.requireKnown("sort order", sort.toLowerCase(Locale.ROOT), SearchSort.spellings()))
                .orElseThrow();
        Highlighting highlighting = Highlighting.of(Scored.requireKnown("--color value", color.toLowerCase(Locale.ROOT),
                Highlighting.CHOICES));
        String text = query == null ? "" : String.join(" ", query);
        try (DerivedState state = Session.open(kbRoot(), common.asOf(), err)) {
            // The index's summary (a JSON file) is read only to check filter ids: a plain search
            // never starts the JSON parser.
            if (speaker != null) Scored.requireKnown("speaker", speaker, state.state().speakerIds());
            if (topic != null) Scored.requireKnown("topic", topic, state.state().topicIds());
            SearchResult result;
            try {
                result = state.search().search(new SearchRequest(text, speaker, topic, kindWire, flagWire, minCredibility, limit, order));
            } catch (BadQueryException e) {
                throw new UserError(e.getMessage());
            }
            if (common.json()) {
                printJson(result);
            } else {
                print(result, out, highlighting);
            }
        }
        return ClaimsCommand.OK;
    }


    /**
     * Each hit: its heading, its English text (matches highlighted), and beneath it the quote in
     * its original language (matches highlighted), so a Japanese or Chinese query still shows what
     * the claim says in English and where the query matched.
     */
    private static void print(SearchResult result, PrintWriter out, Highlighting highlighting) {
        int n = 0;
        for (SearchHit h : result.hits()) {
            n++;
            String cred = h.credibility() == null ? "unscored" : "credibility " + Numbers.text(h.credibility());
            out.printf(Locale.ROOT, "%2d. %s  [%s] %s, %s%s%n", n, h.id(), h.kind(), h.speaker(), cred,
                    h.flags().isEmpty() ? "" : "  " + String.join(" ", h.flags()));
            out.println("    " + highlighting.render(h.textHighlight() != null ? h.textHighlight() : h.text()));
            if (h.quote() != null) {
                out.println("    「" + highlighting.render(h.quoteHighlight() != null ? h.quoteHighlight() : h.quote()) + "」");
            }
        }
        if (result.total() == 0) {
            out.println("No claims match" + (result.query().isBlank() ? "." : " '" + result.query() + "'."));
        } else {
            out.printf(Locale.ROOT, "%d of %s%,d matching claim%s.%n", result.hits().size(),
                    result.totalIsLowerBound() ? "at least " : "", result.total(), result.total() == 1 ? "" : "s");
        }
    }
}
