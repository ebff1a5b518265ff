package org.claimskb.cli;

import java.util.concurrent.CountDownLatch;
import org.claimskb.web.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claims serve [--port N] [--host ADDR]}: the analyst's desk, a local web app answering
 * from the same derived state as the commands (cli.md v2). Binds 127.0.0.1 unless told otherwise,
 * prints its URL, and runs until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "The local web app: search, claims, speakers, verdicts, disagreements, the review of drafts "
                + "and due predictions. Rebuilds when fact files or rules change. Stop it with Ctrl-C.")
public final class ServeCommand extends KbCommand {
    static final int DEFAULT_PORT = 8377;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", defaultValue = "8377", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = DEFAULT_HOST,
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    /** Lets tests stop a running desk. */
    static volatile CountDownLatch stop;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, found " + port);
        }
        String h = host.strip();
        if (h.isEmpty() || !h.matches("[A-Za-z0-9.:_\\-\\[\\]%]+")) {
            throw new UserError("--host must be a host name or an IP address, found '" + org.claimskb.factfile.Quote.oneLine(host.length() > 80 ? host.substring(0, 77) + "..." : host) + "'");
        }
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (!h.equals(DEFAULT_HOST) && !h.equals("localhost") && !h.equals("::1")) {
            err().println("warning: listening on " + h + ": other machines on the network may reach the desk and "
                    + "change fact files (writes need the page's token, but nothing else guards them)");
            err().flush();
        }
        try (var state = openState()) {
            // Reports skipped files and rule failures once, as every command does; the desk opens its own.
        }
        Desk desk;
        try {
            desk = Desk.start(new Desk.Settings(kbRoot(), common.asOfOrNull(), Session.analyzer(), h, port));
        } catch (Desk.BindFailed e) {
            throw new UserError(e.getMessage());
        }
        CountDownLatch done = new CountDownLatch(1);
        stop = done;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                desk.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }, "claims-desk-stop"));
        out().println("claims desk: " + desk.url() + " (Ctrl-C stops it)");
        out().flush();
        done.await();
        desk.close();
        return ClaimsCommand.OK;
    }
}
