package org.claimskb.index;

/** The user's query could not be parsed; the message says why, in one line. */
public final class BadQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }
}
