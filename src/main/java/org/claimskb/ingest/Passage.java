package org.claimskb.ingest;

/**
 * A paragraph or bullet of the body, with where it sits.
 *
 * @param at      the timestamp ({@code 05:03}) or section heading in force, or null before the first
 * @param heading the section heading in force (null when none), whatever {@code at} is
 * @param text    the raw Markdown text (bullet marker removed, lines of a paragraph joined)
 * @param bullet  whether it was a list item (kept whole as one candidate claim)
 * @param line    the 1-based line in the transcript file where it starts
 */
public record Passage(String at, String heading, String text, boolean bullet, int line) {}
