package org.claimskb.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.List;

/**
 * How {@code claims search} shows matches in its text output: ANSI bold on a terminal, plain text
 * when piped or redirected ({@code --color auto}, the default; {@code always}; {@code never}). The
 * index marks matches with {@code **}; JSON keeps those marks as documented.
 */
enum Highlighting {
    BOLD, PLAIN;

    static final List<String> CHOICES = List.of("auto", "always", "never");
    private static final String MARK = "**";
    private static final String BOLD_ON = "\u001b[1m";
    private static final String BOLD_OFF = "\u001b[22m";

    /** The highlighting for a {@code --color} value (already checked against {@link #CHOICES}). */
    static Highlighting of(String color) {
        return switch (color) {
            case "always" -> BOLD;
            case "never" -> PLAIN;
            default -> stdoutIsTerminal() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"))
                    ? BOLD : PLAIN;
        };
    }

    /** {@code marked} with each {@code **match**} in bold, or with the marks removed. */
    String render(String marked) {
        var out = new StringBuilder(marked.length());
        boolean on = false;
        int from = 0;
        for (int at = marked.indexOf(MARK); at >= 0; at = marked.indexOf(MARK, from)) {
            out.append(marked, from, at);
            if (this == BOLD) {
                out.append(on ? BOLD_OFF : BOLD_ON);
            }
            on = !on;
            from = at + MARK.length();
        }
        out.append(marked, from, marked.length());
        if (on && this == BOLD) {
            out.append(BOLD_OFF);
        }
        return out.toString();
    }

    /**
     * Whether standard output is a terminal. Since JDK 22 {@link System#console()} exists even when
     * output is redirected and {@code Console.isTerminal()} tells; on JDK 21 a console exists only
     * for a terminal.
     */
    private static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException jdk21) {
            return true;
        }
    }
}
