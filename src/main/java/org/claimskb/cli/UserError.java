package org.claimskb.cli;

import java.util.List;

/** Bad input from the user: printed one line per problem on stderr, exit status 2, no stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    public UserError(String line) {
        this(List.of(line));
    }

    public UserError(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
