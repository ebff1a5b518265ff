package org.claimskb.model;

import java.util.List;

/**
 * One text claims were read from.
 *
 * @param event      the interview or talk itself: all texts of one event share it, and count as one utterance
 * @param date       when the event happened
 * @param reportedBy who wrote this text when not the speakers themselves
 * @param file       optional transcript file it was read from
 * @param path       the fact file that declared it, relative to the KB root
 * @param author     (v2) the speaker who wrote this text (commentary, article, post), or null
 */
public record Source(String id, String title, SourceKind kind, String event, String venue, String url,
                     PartialDate date, String language, String reportedBy, String file,
                     List<String> speakers, String path, String author) {
    public Source {
        speakers = List.copyOf(speakers);
    }

    /** A source with no author of its own. */
    public Source(String id, String title, SourceKind kind, String event, String venue, String url,
                  PartialDate date, String language, String reportedBy, String file, List<String> speakers,
                  String path) {
        this(id, title, kind, event, venue, url, date, language, reportedBy, file, speakers, path, null);
    }

    /** The event key: a source with no event is an event of its own. */
    public String eventKey() {
        return event != null ? event : id;
    }

    /** Summaries and translations are not the speakers' own words. */
    public boolean secondhand() {
        return kind == SourceKind.SUMMARY || kind == SourceKind.TRANSLATION;
    }

    /**
     * (v2) Whether this text is second-hand for {@code speaker}: a summary or a translation is
     * for everyone; a commentary or an article is first-hand for its {@code author} only; a
     * transcript is first-hand for all its speakers.
     */
    public boolean secondhandFor(String speaker) {
        return switch (kind) {
            case SUMMARY, TRANSLATION -> true;
            case COMMENTARY, ARTICLE -> author != null && !author.equals(speaker);
            case TRANSCRIPT -> false;
        };
    }
}
