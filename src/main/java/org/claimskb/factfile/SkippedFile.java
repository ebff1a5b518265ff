package org.claimskb.factfile;

/** A fact file left out of the knowledge base, and why. */
public record SkippedFile(String path, String reason) {}
