package org.claimskb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code claims}: the top command. Exit status 0 ok, 2 bad input, 1 internal error. */
@Command(name = "claims", mixinStandardHelpOptions = true, version = "claims-kb 0.1.0",
        description = "A knowledge base of claims with bounded-distrust credibility scoring.")
public final class ClaimsCommand implements Runnable {
    /**
     * The subcommands, in the order {@code claims --help} lists them. They are added in
     * {@link #commandLine}: only the one a command line names, when it names one, since picocli
     * builds each command's model by reflection (a quarter of a cold search's time when all are built).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            SearchCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            IndexCommand.class,
            ReportCommand.class,
            ContradictionsCommand.class,
            VerdictCommand.class,
            SpeakersCommand.class,
            AddCommand.class,
            DueCommand.class,
            ResolveCommand.class,
            ServeCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class);
    /** Subcommands that need to see every other one (help lists them, completion scripts them). */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    @Option(names = "--kb", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "KB root (default: the current directory or the nearest parent holding claims/ and rules/).")
    Path kb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path kbRoot() {
        return KbRoot.locate(kb);
    }

    /** Held so the logger configuration is not garbage-collected. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene's advice about the incubating Vector API is noise for a command-line tool.
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        Values.register(cli);
        cli.setParameterExceptionHandler((ex, a) -> {
            String message = org.claimskb.factfile.Quote.oneLine(String.valueOf(ex.getMessage()));
            err.println("claims: " + (message.length() > 300 ? message.substring(0, 297) + "…" : message));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'claims " + (ex.getCommandLine().getCommandName().equals("claims") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserError user) {
                user.lines().forEach(line -> err.println(org.claimskb.factfile.Quote.oneLine(line)));
            } else {
                internalError(ex, err);
            }
            err.flush();
            return ex instanceof UserError ? BAD_INPUT : INTERNAL;
        });
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug in itself: the KB outgrew the heap the JVM was given.
            err.println("claims: out of memory (the JVM may use " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give it more, e.g. CLAIMS_JAVA_OPTS=-Xmx8g bin/claims ...");
            status = INTERNAL;
        } catch (StackOverflowError e) {
            // Never expected from any input (inputs are bounded before they are parsed): a bug.
            internalError(e, err);
            status = INTERNAL;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The top command with its subcommands: only the one {@code args} names (after any top-level
     * {@code --kb DIR}), or all of them when it names none, an unknown one, or one that needs all.
     * Handlers and converters are set afterwards, so they reach whichever subcommands were added.
     */
    static CommandLine commandLine(String[] args) {
        String named = subcommandName(args);
        if ("search".equals(named)) {
            // Before picocli builds its model: the query's Japanese/Chinese analysis loads on the other core meanwhile.
            org.claimskb.index.ClaimSearch.prepareFor(String.join(" ", args));
        }
        var cli = new CommandLine(new ClaimsCommand());
        for (Class<?> type : SUBCOMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            if (named == null || NEED_ALL.contains(named) || name.equals(named)) {
                cli.addSubcommand(name, type);
            }
        }
        if (cli.getSubcommands().isEmpty()) {
            SUBCOMMANDS.forEach(type -> cli.addSubcommand(type.getAnnotation(Command.class).name(), type));
        }
        return cli;
    }

    /** The first word of {@code args} that is not a top-level option or its value, or null. */
    private static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--kb")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            } else if (!a.startsWith("--kb=")) {
                return null;
            }
        }
        return null;
    }

    /** A bug, not the user's mistake: one line that says so, the trace only on request. */
    private static void internalError(Throwable ex, PrintWriter err) {
        err.println("claims: internal error (a bug in claims-kb, not a problem with your input): "
                + org.claimskb.factfile.Quote.oneLine(String.valueOf(ex)));
        if (System.getenv("CLAIMS_DEBUG") != null || Boolean.getBoolean("claims.debug")) {
            ex.printStackTrace(err);
        } else {
            err.println("(set CLAIMS_DEBUG=1 for the stack trace)");
        }
    }
}
