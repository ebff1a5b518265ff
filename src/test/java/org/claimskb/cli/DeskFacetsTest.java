package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimskb.index.DerivedState;
import org.claimskb.index.DeskPage;
import org.claimskb.index.SearchHit;
import org.claimskb.index.SearchRequest;
import org.claimskb.index.SearchSort;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's page counts facets in the index, not over fetched hits: on the shipped KB, its counts,
 * totals and hits must be what counting every hit of the plain search (and the fact files'
 * topics and source years) gives.
 */
class DeskFacetsTest {
    @TempDir
    Path dir;

    @Test
    void facetCountsAndHitsAreThoseOfEveryMatch() throws Exception {
        for (String d : List.of("claims", "rules")) {
            try (Stream<Path> files = Files.walk(Path.of(d))) {
                for (Path f : files.toList()) {
                    Path to = dir.resolve(d).resolve(Path.of(d).relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (DerivedState state = DerivedState.open(dir, LocalDate.of(2026, 12, 1), Session.analyzer())) {
            KnowledgeBase kb = state.knowledgeBase();
            int all = state.state().claims();
            for (String q : List.of("NVIDIA", "TPU", "*", "訓練", "power OR margin")) {
                for (String source : new String[] {null, kb.sources().get(0).id()}) {
                    for (Integer year : new Integer[] {null, 2025}) {
                        List<SearchHit> every = state.search().search(new SearchRequest(q, null, null, null, null, null, all))
                                .hits().stream()
                                .filter(h -> source == null || h.source().equals(source))
                                .filter(h -> year == null || year.equals(yearOf(kb, h)))
                                .toList();
                        DeskPage page = state.search().page(new SearchRequest(q, null, null, null, null, null, 50,
                                SearchSort.RELEVANCE), source, year, 50);
                        String what = q + " source " + source + " year " + year;
                        assertEquals(every.size(), page.total(), what);
                        assertEquals(every.stream().limit(50).map(SearchHit::id).toList(),
                                page.hits().stream().map(SearchHit::id).toList(), what);
                        assertEquals(count(every, h -> List.of(h.speaker())), page.facets().get("speaker"), what);
                        assertEquals(count(every, h -> List.of(h.kind())), page.facets().get("kind"), what);
                        assertEquals(count(every, SearchHit::flags), page.facets().get("flag"), what);
                        assertEquals(count(every, h -> List.of(h.source())), page.facets().get("source"), what);
                        assertEquals(count(every, h -> kb.claim(h.id()).map(Claim::topics).orElse(List.of())),
                                page.facets().get("topic"), what);
                        assertEquals(count(every, h -> List.of(String.valueOf(yearOf(kb, h)))), page.facets().get("year"), what);
                    }
                }
            }
            DeskPage some = state.search().page(new SearchRequest("NVIDIA", null, null, null, null, null, 50), null, null, 50);
            assertFalse(some.facets().get("topic").isEmpty());
            assertTrue(some.total() > 0);
        }
    }

    private static Integer yearOf(KnowledgeBase kb, SearchHit h) {
        return kb.source(h.source()).map(s -> s.date().year()).orElse(null);
    }

    private static Map<String, Long> count(List<SearchHit> hits, java.util.function.Function<SearchHit, List<String>> values) {
        var m = new TreeMap<String, Long>();
        for (SearchHit h : hits) {
            for (String v : new java.util.LinkedHashSet<>(values.apply(h))) m.merge(v, 1L, Long::sum);
        }
        return m;
    }
}
