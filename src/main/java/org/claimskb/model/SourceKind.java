package org.claimskb.model;

/** What sort of text a source is; summaries and translations are second-hand. */
public enum SourceKind implements Wire {
    TRANSCRIPT, SUMMARY, TRANSLATION, COMMENTARY, ARTICLE
}
