package org.claimskb.web;

/**
 * What every page shows around its content.
 *
 * @param nav     which navigation entry is current (search, review, due, speakers, ...)
 * @param trouble a warning about the state shown (rules failed, re-index failed), or null
 * @param notice  a one-line message about the last action (recorded, written), or null
 * @param drafts  how many drafts await review
 */
public record Page(String title, String nav, String token, String trouble, String notice, int drafts, String asOf) {}
