package org.claimskb.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimskb.index.BadQueryException;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchHit;
import org.claimskb.index.SearchRequest;
import org.claimskb.index.SearchResult;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;

/**
 * The search page: the same search as {@code claims search} (speaker, topic, kind and flag
 * filter in the index), narrowed further by source and year, with facet counts over the result
 * and a choice of order.
 */
public final class Search {
    /** Hits shown on one page. */
    static final int SHOWN = 50;

    private Search() {}

    public enum Sort {
        RELEVANCE, CREDIBILITY, DATE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort of(String s) {
            for (Sort v : values()) {
                if (v.wire().equals(s)) return v;
            }
            return RELEVANCE;
        }
    }

    /** The facets a search can be narrowed by, as URL parameter names. */
    public enum Facet {
        SPEAKER("speaker", "Speaker"), KIND("kind", "Kind"), FLAG("flag", "Flag"), TOPIC("topic", "Topic"),
        SOURCE("source", "Source"), YEAR("year", "Year");

        final String param;
        final String title;

        Facet(String param, String title) {
            this.param = param;
            this.title = title;
        }

        public String param() {
            return param;
        }

        public String title() {
            return title;
        }
    }

    /** What the user asked: the query and the chosen facet values (null when not chosen). */
    public record Query(String text, Map<Facet, String> chosen, Sort sort) {
        public Query {
            chosen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
        }

        public String get(Facet f) {
            return chosen.get(f);
        }

        /** This search's URL with one facet set (null: removed) or the order changed. */
        public String with(Facet f, String value) {
            var c = new LinkedHashMap<>(chosen);
            if (value == null) c.remove(f); else c.put(f, value);
            return new Query(text, c, sort).url();
        }

        public String sorted(Sort s) {
            return new Query(text, chosen, s).url();
        }

        public String url() {
            var params = new ArrayList<String>();
            if (text != null && !text.isBlank()) params.add("q=" + Http.encode(text));
            for (var e : chosen.entrySet()) params.add(e.getKey().param + "=" + Http.encode(e.getValue()));
            if (sort != Sort.RELEVANCE) params.add("sort=" + sort.wire());
            return "/search" + (params.isEmpty() ? "" : "?" + String.join("&", params));
        }
    }

    /** One value of a facet with the number of hits that have it. */
    public record FacetValue(String value, String label, long count, boolean chosen, String url) {}

    public record FacetGroup(Facet facet, List<FacetValue> values) {}

    /** A hit as the page shows it: the highlight cut into plain and marked pieces. */
    public record Row(SearchHit hit, String speakerName, String sourceTitle, String date, List<Http.Piece> passage) {}

    public record View(Query query, long total, List<Row> rows, List<FacetGroup> facets, String error, List<Sort> sorts) {}

    static View run(DerivedState state, Query query) {
        KnowledgeBase kb = state.knowledgeBase();
        SearchResult result;
        try {
            int all = Math.max(1, state.state().claims());
            result = state.search().search(new SearchRequest(query.text(), query.get(Facet.SPEAKER), query.get(Facet.TOPIC),
                    query.get(Facet.KIND), query.get(Facet.FLAG), null, all));
        } catch (BadQueryException e) {
            return new View(query, 0, List.of(), List.of(), e.getMessage(), List.of(Sort.values()));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            Optional<Claim> c = kb.claim(h.id());
            String year = c.flatMap(x -> kb.source(x.sourceId())).map(s -> s.date() == null ? null : String.valueOf(s.date().year())).orElse(null);
            if (query.get(Facet.SOURCE) != null && !query.get(Facet.SOURCE).equals(h.source())) continue;
            if (query.get(Facet.YEAR) != null && !query.get(Facet.YEAR).equals(year)) continue;
            hits.add(h);
        }
        sort(hits, query.sort(), kb);
        var facets = new ArrayList<FacetGroup>();
        facets.add(facet(query, Facet.SPEAKER, hits, h -> List.of(h.speaker()), id -> kb.speaker(id).map(Speaker::name).orElse(id)));
        facets.add(facet(query, Facet.KIND, hits, h -> List.of(h.kind()), k -> k));
        facets.add(facet(query, Facet.FLAG, hits, SearchHit::flags, f -> f));
        facets.add(facet(query, Facet.TOPIC, hits, h -> kb.claim(h.id()).map(Claim::topics).orElse(List.of()), t -> t));
        facets.add(facet(query, Facet.SOURCE, hits, h -> List.of(h.source()), s -> kb.source(s).map(Search::title).orElse(s)));
        facets.add(facet(query, Facet.YEAR, hits, h -> kb.claim(h.id()).flatMap(c -> kb.source(c.sourceId()))
                .map(s -> s.date() == null ? List.<String>of() : List.of(String.valueOf(s.date().year()))).orElse(List.of()), y -> y));
        var rows = hits.stream().limit(SHOWN).map(h -> row(kb, h)).toList();
        return new View(query, hits.size(), rows, facets, null, List.of(Sort.values()));
    }

    private static void sort(List<SearchHit> hits, Sort sort, KnowledgeBase kb) {
        Comparator<SearchHit> byCredibility = Comparator.comparing((SearchHit h) -> h.credibility() == null ? -1 : h.credibility()).reversed();
        switch (sort) {
            case RELEVANCE -> { }
            case CREDIBILITY -> hits.sort(byCredibility.thenComparing(SearchHit::id));
            case DATE -> hits.sort(Comparator.comparing((SearchHit h) -> kb.claim(h.id()).flatMap(c -> kb.source(c.sourceId()))
                    .map(s -> s.date() == null ? "" : s.date().start().toString()).orElse("")).reversed().thenComparing(SearchHit::id));
        }
    }

    private static FacetGroup facet(Query query, Facet facet, List<SearchHit> hits, Function<SearchHit, List<String>> values,
                                    Function<String, String> label) {
        var counts = new TreeMap<String, Long>();
        for (SearchHit h : hits) {
            for (String v : values.apply(h)) counts.merge(v, 1L, Long::sum);
        }
        String chosen = query.get(facet);
        if (chosen != null) counts.putIfAbsent(chosen, 0L);
        var list = new ArrayList<FacetValue>();
        for (var e : counts.entrySet()) {
            boolean on = e.getKey().equals(chosen);
            list.add(new FacetValue(e.getKey(), label.apply(e.getKey()), e.getValue(), on, query.with(facet, on ? null : e.getKey())));
        }
        list.sort(Comparator.comparing(FacetValue::chosen).reversed().thenComparing(Comparator.comparingLong(FacetValue::count).reversed())
                .thenComparing(FacetValue::label));
        return new FacetGroup(facet, list);
    }

    private static Row row(KnowledgeBase kb, SearchHit h) {
        Optional<Claim> c = kb.claim(h.id());
        Optional<Source> s = c.flatMap(x -> kb.source(x.sourceId()));
        return new Row(h, kb.speaker(h.speaker()).map(Speaker::name).orElse(h.speaker()), s.map(Search::title).orElse(h.source()),
                s.map(x -> x.date() == null ? null : x.date().toString()).orElse(null),
                Http.marked(h.highlight() != null ? h.highlight() : h.text()));
    }

    static String title(Source s) {
        return s.title() != null ? s.title() : s.id();
    }
}
