package org.claimskb.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.claimskb.factfile.Problem;

/**
 * The rules cannot be used: a DRL file does not compile, a rule's metadata is malformed, a rule
 * failed while firing, or the rules kept firing past the limit (a rule that loops). Each problem
 * names the DRL file relative to the KB root and, where known, the line.
 */
public final class RuleErrors extends RuntimeException {
    private final transient List<Problem> problems;

    public RuleErrors(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public static RuleErrors of(Problem problem) {
        return new RuleErrors(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
