package org.claimskb.scoring;

/**
 * A speaker's change of view (scoring.md v2, "Revisions"): opposite sides of one proposition, or
 * values apart on one quantity, in different years or at events on different dates. Never a
 * self-contradiction.
 *
 * @param about  the proposition id, or {@code subject|metric|scope} for a quantity
 * @param from   the earlier view
 * @param to     the later view
 */
public record Revision(String speaker, DisagreementKind kind, String about, View from, View to, String detail) {

    /**
     * One view.
     *
     * @param when     the year the view is about ({@code 2026}), or the date it was said for a standing quantity
     * @param said     the date of the event it was said at
     * @param position {@code for}/{@code against}, or the value ({@code 3000 lb})
     */
    public record View(String claim, String when, String said, String position, String text) {}
}
