package org.claimskb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimskb.TestKb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relevance ranking, concepts across languages, sort orders and highlights, on a KB written here. */
class RankingTest {
    @TempDir
    Path dir;
    DerivedState state;

    @BeforeEach
    void open() throws Exception {
        var kb = new TestKb(dir);
        kb.write("speakers.yaml", """
                speakers:
                  - {id: ana, name: Ana Lima, aliases: [Lima, 安娜], regime: unknown}
                  - {id: bo, name: Bo Chen, regime: unknown}
                """);
        kb.write("entities.yaml", """
                entities:
                  - {id: acme, name: Acme Chips, aliases: [Acme, 艾克米], kind: company}
                  - {id: gross-margin, name: gross margin, aliases: [gross margins, 毛利率, 粗利率], kind: concept}
                  - {id: weight, name: weight, aliases: [重量], kind: concept}
                  - {id: data-centers, name: data centers, aliases: [data center, 資料中心, 数据中心], kind: concept}
                """);
        kb.write("old.yaml", """
                source: {id: old, kind: transcript, date: 2024-03-01, speakers: [ana, bo]}
                claims:
                  - {id: margin-said, speaker: ana, kind: statistic, text: "Acme earns a 60% gross margin on its accelerators."}
                  - {id: acme-only, speaker: bo, kind: analysis, text: "Acme ships accelerators to every cloud; Acme Acme Acme."}
                  - {id: metric-only, speaker: bo, kind: statistic, text: "Acme keeps about 55 cents of each dollar.",
                     quantity: {subject: acme, metric: gross-margin, value: 55, unit: "%"}}
                  - {id: rack-mass, speaker: ana, kind: statistic, text: "The new rack's weight is about 3,000 lb."}
                """);
        kb.write("new.yaml", """
                source: {id: new, kind: transcript, date: 2026-05-01, speakers: [ana, bo]}
                claims:
                  - {id: margin-later, speaker: bo, kind: opinion, text: "Margins at Acme will fall as rivals arrive."}
                  - {id: building, speaker: ana, kind: analysis, text: "Power limits how fast data centers can be built.",
                     quote: "電力限制了資料中心的建設速度"}
                  - {id: margin-draft, speaker: ana, kind: statistic, status: draft,
                     text: "Acme gross margin on accelerators: Acme, gross margin, accelerators."}
                """);
        state = DerivedState.open(dir, LocalDate.of(2026, 12, 1), null);
    }

    @AfterEach
    void close() throws Exception {
        state.close();
    }

    private SearchResult search(String query, SearchSort sort) throws BadQueryException {
        return state.search().search(new SearchRequest(query, null, null, null, null, null, 20, sort));
    }

    private List<String> ids(String query) throws BadQueryException {
        return search(query, SearchSort.RELEVANCE).hits().stream().map(h -> h.id().substring(h.id().indexOf('/') + 1)).toList();
    }

    @Test
    void aClaimMatchingAllTheWordsRanksAboveOneRepeatingSome() throws Exception {
        List<String> found = ids("Acme margin");
        // acme-only says Acme four times but never margin: below every reviewed claim saying both.
        for (String both : List.of("margin-said", "margin-later", "metric-only")) {
            assertTrue(found.indexOf("acme-only") > found.indexOf(both), both + " " + found);
        }
    }

    @Test
    void reviewedThenDraftsAndWithinEachAllTheWordsThenSomeAtEveryPageSize() throws Exception {
        // Reviewed with both words: margin-said, acme-only; reviewed with one: metric-only,
        // margin-later (Acme only), building (neither: absent); the draft has both.
        var all = state.search().search(new SearchRequest("Acme accelerators", null, null, null, null, null, 20));
        List<String> found = all.hits().stream().map(h -> h.id().substring(h.id().indexOf('/') + 1)).toList();
        assertEquals(List.of("acme-only", "margin-said"), found.subList(0, 2).stream().sorted().toList(), found.toString());
        assertEquals(List.of("margin-later", "metric-only"), found.subList(2, 4).stream().sorted().toList(), found.toString());
        assertEquals(List.of("margin-draft"), found.subList(4, found.size()), found.toString());
        for (var hit : all.hits()) {
            assertTrue(hit.score() > 0 && hit.score() < 100, "the tier is not part of the score shown: " + hit);
        }
        for (int limit = 1; limit <= found.size(); limit++) {
            var page = state.search().search(new SearchRequest("Acme accelerators", null, null, null, null, null, limit));
            assertEquals(found.subList(0, limit), page.hits().stream()
                    .map(h -> h.id().substring(h.id().indexOf('/') + 1)).toList(), "limit " + limit);
            assertEquals(all.total(), page.total(), "limit " + limit);
        }
    }

    @Test
    void anOperatorQueryIsNotAlsoReadAsAPhrase() throws Exception {
        // margin-said has "gross margin" side by side: a plain query's words near each other add
        // to the score, but "gross AND margin" says only that both must be there, as "+gross +margin".
        var operators = scores("gross AND margin");
        assertEquals(scores("+gross +margin"), operators);
        assertTrue(operators.containsKey("margin-said"), operators.toString());
        assertTrue(scores("gross margin").get("margin-said") > operators.get("margin-said"), "the plain query reads the phrase");
    }

    private java.util.Map<String, Double> scores(String query) throws BadQueryException {
        var out = new java.util.TreeMap<String, Double>();
        search(query, SearchSort.RELEVANCE).hits().forEach(h -> out.put(h.id().substring(h.id().indexOf('/') + 1), h.score()));
        return out;
    }

    @Test
    void aClaimMeasuringWhatTheQueryNamesRanksFirst() throws Exception {
        // metric-only gives Acme's gross margin as its number; margin-said only mentions it (in English).
        for (String query : List.of("Acme 毛利率", "艾克米 毛利率")) {
            assertEquals("metric-only", ids(query).get(0), query + " " + ids(query));
        }
        assertEquals(List.of("acme", "gross margin"), state.search().named("ACME Gross Margins"));
        assertEquals(List.of("毛 利 率"), state.search().named("毛 利率"));
        assertEquals(List.of(), state.search().named("acme -margin"));
    }

    @Test
    void draftsRankBelowReviewedClaims() throws Exception {
        // The draft repeats every word: by words alone it would come first.
        List<String> found = ids("Acme gross margin accelerators");
        assertTrue(found.indexOf("margin-draft") > found.indexOf("margin-said"), found.toString());
        assertEquals("margin-draft", found.get(found.size() - 1), found.toString());
    }

    @Test
    void aConceptsAliasesFindClaimsThatMentionItOrMeasureIt() throws Exception {
        List<String> found = ids("毛利率");
        assertTrue(found.contains("margin-said"), "the text mentions 'gross margin': " + found);
        assertTrue(found.contains("metric-only"), "the quantity's metric is the concept: " + found);
        assertTrue(ids("数据中心").contains("building"), "Simplified query, English and Traditional text");
    }

    @Test
    void wordFamiliesMeet() throws Exception {
        assertTrue(ids("weighs").contains("rack-mass"), "weighs finds weight");
        assertTrue(ids("重量").contains("rack-mass"), "the concept's Japanese name finds the English word");
        assertTrue(ids("builds").contains("building"), "builds finds built");
    }

    @Test
    void speakerAliasesAndQuantitySubjectsAreSearchable() throws Exception {
        assertTrue(ids("安娜").containsAll(List.of("margin-said", "rack-mass", "building")));
        assertTrue(ids("艾克米").contains("metric-only"), "the quantity's subject is an entity with aliases");
    }

    @Test
    void sortByCredibilityOrDate() throws Exception {
        List<String> byDate = search("Acme", SearchSort.DATE).hits().stream().map(SearchHit::source).toList();
        assertEquals("new", byDate.get(0));
        assertEquals("old", byDate.get(byDate.size() - 1));
        // Unscored here (no rules): credibility order falls back to relevance, still every match.
        assertEquals(search("Acme", SearchSort.RELEVANCE).total(), search("Acme", SearchSort.CREDIBILITY).total());
    }

    @Test
    void aCjkMatchIsOneHighlightedRunAndTheEnglishTextStays() throws Exception {
        SearchHit hit = search("資料中心", SearchSort.RELEVANCE).hits().get(0);
        assertEquals("new/building", hit.id());
        assertNotNull(hit.quoteHighlight());
        assertTrue(hit.quoteHighlight().contains("**資料中心**"), hit.quoteHighlight());
        assertFalse(hit.quoteHighlight().contains("****"), hit.quoteHighlight());
        assertEquals("Power limits how fast data centers can be built.", hit.text());
    }
}
