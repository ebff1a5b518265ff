package org.claimskb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimskb.TestKb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimSearchTest {
    @TempDir
    Path dir;
    DerivedState state;

    @BeforeEach
    void open() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("chinese.yaml", """
                source: {id: zh-post, kind: article, date: 2025-12-22, language: zh-Hant, speakers: [gavin-baker]}
                claims:
                  - id: training-cost
                    speaker: gavin-baker
                    kind: analysis
                    text: Training costs fall each year.
                    quote: "訓練成本每年下降"
                """);
        state = DerivedState.open(dir, LocalDate.of(2026, 1, 1), null);
    }

    @AfterEach
    void close() throws Exception {
        state.close();
    }

    private List<String> ids(String query) throws BadQueryException {
        return ids(new SearchRequest(query, null, null, null, null, null, 10));
    }

    private List<String> ids(SearchRequest request) throws BadQueryException {
        return state.search().search(request).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void englishWordsMatchStems() throws Exception {
        assertEquals(List.of("baker-2025/rack-weight"), ids("rack weighing"));
    }

    @Test
    void entityAliasesInAnyLanguageFindTheEntitysClaims() throws Exception {
        for (String alias : List.of("英伟达", "輝達", "エヌビディア", "NVDA", "nvidia")) {
            List<String> found = ids(alias);
            assertTrue(found.contains("baker-2025/rack-weight") && found.contains("huang-2026/training-demand"),
                    alias + " -> " + found);
        }
    }

    @Test
    void aPartFindsItsParentsNameAndAliases() throws Exception {
        assertTrue(ids("谷歌").contains("baker-2025/tpu-cheapest"), "Google's Chinese alias finds TPU claims");
    }

    @Test
    void aStanceMakesTheClaimFindableByItsProposition() throws Exception {
        assertEquals(List.of("baker-2025/tpu-cheapest"), ids("competitive GPUs"), "the proposition's statement");
    }

    @Test
    void japaneseQuotesAreSearchable() throws Exception {
        assertEquals(List.of("baker-2025/rack-weight"), ids("ラック重量"));
        assertEquals(List.of("baker-2025/tpu-cheapest"), ids("トークン"));
    }

    @Test
    void simplifiedQueriesFindTraditionalText() throws Exception {
        assertEquals(List.of("zh-post/training-cost"), ids("训练成本"), "simplified query, traditional quote");
        assertEquals(List.of("zh-post/training-cost"), ids("訓練成本"));
        assertTrue(ids("成本").contains("zh-post/training-cost"));
    }

    @Test
    void unrelatedCjkCharactersDoNotMatch() throws Exception {
        assertEquals(List.of(), ids("輝煌"), "sharing one character with an alias is not a match");
    }

    @Test
    void filtersNarrowTheHits() throws Exception {
        assertEquals(List.of("huang-2026/training-demand"),
                ids(new SearchRequest("nvidia", "jensen-huang", null, null, null, null, 10)));
        assertEquals(List.of("baker-2025/rack-weight"),
                ids(new SearchRequest("nvidia", null, null, "statistic", null, null, 10)));
        assertEquals(List.of("baker-2025/tpu-cheapest"),
                ids(new SearchRequest("*", null, "google", null, null, null, 10)), "a topic covers its parts");
    }

    @Test
    void emptyQueryListsEverythingDeterministically() throws Exception {
        SearchResult all = state.search().search(new SearchRequest("", null, null, null, null, null, 2));
        assertEquals(4, all.total());
        assertEquals(2, all.hits().size());
        assertEquals(ids(new SearchRequest("*", null, null, null, null, null, 10)),
                ids(new SearchRequest(null, null, null, null, null, null, 10)));
    }

    @Test
    void matchesAreHighlighted() throws Exception {
        SearchHit hit = state.search().search(new SearchRequest("racks", null, null, null, null, null, 1)).hits().get(0);
        assertNotNull(hit.highlight());
        assertTrue(hit.highlight().contains("**racks**"), hit.highlight());
    }

    @Test
    void badSyntaxIsAClearError() {
        var e = assertThrows(BadQueryException.class, () -> ids("\"unclosed"));
        assertTrue(e.getMessage().startsWith("bad query syntax in '\"unclosed'"), e.getMessage());
        assertThrows(BadQueryException.class, () -> ids("weight AND"));
    }

    @Test
    void slashesAreWordsNotARegularExpression() throws Exception {
        // Found by QueryFuzzTest (regression-regexp-repeats): /re.+++...+/ built an automaton that
        // exhausted the heap. Between slashes are words, as outside them.
        assertEquals(ids("racks"), ids("/racks/"));
        assertEquals(ids("racks"), ids("text:/racks/"));
        String repeats = "text:r\u00ff\u00ff rZa TO z `re.*\u00ff/re.\u00ff" + "+".repeat(90) + "\u00ff/";
        assertNotNull(state.search().search(new SearchRequest(repeats, null, null, null, null, null, 5)));
        assertNotNull(state.search().search(new SearchRequest("/a" + "+".repeat(300) + "b/", null, null, null, null, null, 5)));
    }

    @Test
    void fuzzyAndWildcardWordsStillWorkAndLongOnesArePlainWords() throws Exception {
        assertEquals(ids("racks"), ids("rakcs~1"));
        assertEquals(ids("racks"), ids("rac*"));
        String longWord = "x".repeat(ClaimQueryParser.MAX_PATTERN_LENGTH + 1);
        assertEquals(List.of(), ids(longWord + "~2"));
        assertEquals(List.of(), ids(longWord + "*"));
    }

    @Test
    void aBadQueryWithControlCharactersIsRefusedOnOneLine() {
        // Found by QueryFuzzTest (regression-carriage-return): the query was echoed with its raw \r.
        for (String q : List.of("\u00e0wwei\rh!", "rack\n(", "a\tb\u0007 AND")) {
            var e = assertThrows(BadQueryException.class, () -> ids(q));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith("bad query syntax in '"), e.getMessage());
        }
        var e = assertThrows(BadQueryException.class, () -> ids("\u00e0wwei\rh!"));
        assertTrue(e.getMessage().contains("'\u00e0wwei\\rh!'"), e.getMessage());
    }

    @Test
    void storedClaimsKeepTheirFactFileFields() {
        var claim = state.search().claim("baker-2025/rack-weight").orElseThrow();
        assertEquals("05:03", claim.fields().get("at"));
        assertEquals("baker-2025", claim.fields().get("source"));
        assertTrue(state.search().claim("baker-2025/nope").isEmpty());
    }
}
