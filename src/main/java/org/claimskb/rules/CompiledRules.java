package org.claimskb.rules;

import java.util.List;
import java.util.Map;
import org.claimskb.scoring.Parameters;
import org.claimskb.scoring.RuleInfo;
import org.kie.api.KieBase;

/**
 * The DRL files of one rules directory, compiled, with what each rule declares about itself.
 *
 * @param hash   SHA-256 over the DRL texts (and the engine's fact model): the cache key
 * @param rules  every rule for the methodology, in file order and then DRL order
 * @param origin where the compiled form came from this time
 * @param parameters the numbers of {@code rules/parameters.yaml} (read afresh with every compile,
 *                   since they are not part of the compiled DRL)
 */
public record CompiledRules(String hash, KieBase kieBase, List<RuleInfo> rules, Map<String, RuleMeta> metaByRule,
                            Map<String, Integer> ruleOrder, Map<String, Integer> ruleLines, Origin origin,
                            Parameters parameters) {

    /** Whether the rules were compiled now, or reused from memory or from the on-disk cache. */
    public enum Origin { COMPILED, MEMORY, DISK }

    public CompiledRules {
        rules = List.copyOf(rules);
        metaByRule = Map.copyOf(metaByRule);
        ruleOrder = Map.copyOf(ruleOrder);
        ruleLines = Map.copyOf(ruleLines);
    }

    /** The rules as compiled from DRL, before the table is attached. */
    CompiledRules(String hash, KieBase kieBase, List<RuleInfo> rules, Map<String, RuleMeta> metaByRule,
                  Map<String, Integer> ruleOrder, Map<String, Integer> ruleLines, Origin origin) {
        this(hash, kieBase, rules, metaByRule, ruleOrder, ruleLines, origin, null);
    }

    CompiledRules withOrigin(Origin o) {
        return new CompiledRules(hash, kieBase, rules, metaByRule, ruleOrder, ruleLines, o, parameters);
    }

    CompiledRules withParameters(Parameters p) {
        return new CompiledRules(hash, kieBase, rules, metaByRule, ruleOrder, ruleLines, origin, p);
    }

    /** The DRL file of a rule, relative to the KB root, or {@code rules} when unknown. */
    String fileOf(String ruleName) {
        return rules.stream().filter(r -> r.name().equals(ruleName)).map(r -> r.file()).findFirst().orElse("rules");
    }

    int lineOf(String ruleName) {
        return ruleLines.getOrDefault(ruleName, 0);
    }
}
