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
 */
public record Source(String id, String title, SourceKind kind, String event, String venue, String url,
                     PartialDate date, String language, String reportedBy, String file,
                     List<String> speakers, String path) {
    public Source {
        speakers = List.copyOf(speakers);
    }

    /** The event key: a source with no event is an event of its own. */
    public String eventKey() {
        return event != null ? event : id;
    }

    /** Summaries and translations are not the speakers' own words. */
    public boolean secondhand() {
        return kind == SourceKind.SUMMARY || kind == SourceKind.TRANSLATION;
    }
}
