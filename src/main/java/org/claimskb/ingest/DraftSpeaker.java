package org.claimskb.ingest;

/**
 * A speaker of the transcript.
 *
 * @param known whether the knowledge base already declares this id (then the draft only refers to
 *              it); unknown speakers are declared in the draft with {@code regime: unknown}
 * @param role  optional role found next to the name ({@code ゲスト: [[X]]（テクノロジー投資家）})
 */
public record DraftSpeaker(String id, String name, String role, boolean known) {}
