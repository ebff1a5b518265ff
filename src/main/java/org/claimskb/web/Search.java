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
import org.claimskb.index.SearchSort;
import org.claimskb.index.DeskPage;
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

    /**
     * The page for {@code query}: the index filters, counts every match's facet values and returns
     * only the hits shown, so a search over a million claims reads fifty stored claims; the names
     * and titles come from the registry, not from the fact files.
     */
    static View run(DerivedState state, Query query) {
        KnowledgeBase kb = state.registry();
        DeskPage page;
        try {
            Integer year = year(query.get(Facet.YEAR));
            page = state.search().page(new SearchRequest(query.text(), query.get(Facet.SPEAKER), query.get(Facet.TOPIC),
                    query.get(Facet.KIND), query.get(Facet.FLAG), null, SHOWN, searchSort(query.sort())),
                    query.get(Facet.SOURCE), year, SHOWN);
        } catch (BadQueryException e) {
            return new View(query, 0, List.of(), List.of(), e.getMessage(), List.of(Sort.values()));
        }
        var facets = new ArrayList<FacetGroup>();
        for (Facet f : Facet.values()) {
            Function<String, String> label = switch (f) {
                case SPEAKER -> id -> kb.speaker(id).map(Speaker::name).orElse(id);
                case SOURCE -> id -> kb.source(id).map(Search::title).orElse(id);
                default -> v -> v;
            };
            facets.add(facet(query, f, page.facets().getOrDefault(f.param, Map.of()), label));
        }
        var rows = page.hits().stream().map(h -> row(kb, h)).toList();
        return new View(query, page.total(), rows, facets, null, List.of(Sort.values()));
    }

    /** The year a URL names; null when none is chosen; a year no claim has when it is not a year. */
    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        return text.matches("\\d{1,4}") ? Integer.parseInt(text) : java.time.Year.MIN_VALUE;
    }

    private static SearchSort searchSort(Sort sort) {
        return switch (sort) {
            case RELEVANCE -> SearchSort.RELEVANCE;
            case CREDIBILITY -> SearchSort.CREDIBILITY;
            case DATE -> SearchSort.DATE;
        };
    }

    private static FacetGroup facet(Query query, Facet facet, Map<String, Long> counted, Function<String, String> label) {
        var counts = new TreeMap<String, Long>(counted);
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
        Optional<Source> s = kb.source(h.source());
        return new Row(h, kb.speaker(h.speaker()).map(Speaker::name).orElse(h.speaker()), s.map(Search::title).orElse(h.source()),
                s.map(x -> x.date() == null ? null : x.date().toString()).orElse(null),
                Http.marked(h.highlight() != null ? h.highlight() : h.text()));
    }

    static String title(Source s) {
        return s.title() != null ? s.title() : s.id();
    }
}
