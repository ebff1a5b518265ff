package org.claimskb.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claims completion bash|zsh}: the shell completion script, from picocli's generator. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash or zsh.",
                "Install it for this shell with: source <(bin/claims completion bash)   (or zsh); it completes "
                        + "commands and options for claims and bin/claims."})
public final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            description = "bash or zsh (default: ${DEFAULT-VALUE}).")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UserError("claims completion: expected bash or zsh, found " + org.claimskb.factfile.Quote.of(shell));
        }
        String script = AutoComplete.bash("claims", spec.root().commandLine());
        var out = spec.commandLine().getOut();
        if (shell.equals("zsh")) {
            // picocli's script runs in zsh through its bash-completion emulation.
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(script);
        out.flush();
        return ClaimsCommand.OK;
    }
}
