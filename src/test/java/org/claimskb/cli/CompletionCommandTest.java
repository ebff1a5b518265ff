package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code claims completion bash|zsh}: picocli's completion script for every command. */
class CompletionCommandTest {
    private static final Path SHIPPED = Path.of("").toAbsolutePath();

    @Test
    void bashAndZshScriptsNameEveryCommand() {
        CliRun bash = CliRun.of(SHIPPED, "completion", "bash");
        assertEquals(0, bash.status(), bash.err());
        assertTrue(bash.out().contains("complete -F _complete_claims"), bash.out());
        for (String command : new String[] {"search", "show", "speakers", "report", "validate", "add", "completion"}) {
            assertTrue(bash.out().contains(command), command);
        }
        CliRun zsh = CliRun.of(SHIPPED, "completion", "zsh");
        assertEquals(0, zsh.status(), zsh.err());
        assertTrue(zsh.out().startsWith("autoload -U +X compinit && compinit"), zsh.out());
        CliRun fish = CliRun.of(SHIPPED, "completion", "fish");
        assertEquals(2, fish.status());
        assertEquals("claims completion: expected bash or zsh, found 'fish'", fish.err().strip());
    }
}
