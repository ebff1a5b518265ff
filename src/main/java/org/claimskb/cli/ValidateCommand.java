package org.claimskb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.factfile.Problem;
import org.claimskb.files.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claims validate [FILE...]}: every problem in the fact files and rules, all at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check fact files and rules; report every problem, one per line, as path:line:column: message.",
                "With FILEs, report only their problems (they are checked against the whole KB; files outside claims/ are added to it)."})
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Fact files to check (default: all).")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON document on stdout: {\"ok\", \"files\", \"claims\", "
            + "\"problems\": [{\"path\", \"line\", \"column\", \"message\"}]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path kbRoot = parent.kbRoot();
        List<Path> named = files == null ? List.of() : files;
        var problems = new ArrayList<Problem>();
        for (Path f : named) {
            if (!Files.isRegularFile(f)) {
                problems.add(new Problem(f.toString(), 1, 1, Files.isDirectory(f) ? "a folder, not a fact file" : "no such file"));
            }
        }
        LoadResult loaded = FactFiles.load(kbRoot, named.stream().filter(Files::isRegularFile).toList());
        List<String> only = named.stream().map(f -> FactFiles.display(kbRoot, f)).toList();
        loaded.problems().stream().filter(p -> only.isEmpty() || only.contains(p.path())).forEach(problems::add);
        List<Problem> ruleProblems = only.isEmpty() ? RulesWiring.check(kbRoot, loaded) : List.of();
        problems.addAll(ruleProblems);
        int fileCount = FactFiles.list(kbRoot).size() + (int) named.stream().filter(f -> !f.toAbsolutePath().normalize()
                .startsWith(kbRoot.resolve("claims"))).count();
        if (json) {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("ok", problems.isEmpty());
            doc.put("files", fileCount);
            doc.put("claims", loaded.kb().claims().size());
            var list = new ArrayList<Map<String, Object>>();
            for (Problem p : problems) {
                var m = new LinkedHashMap<String, Object>();
                m.put("path", p.path());
                m.put("line", p.line() > 0 ? p.line() : null);
                m.put("column", p.column() > 0 ? p.column() : null);
                m.put("message", p.message());
                list.add(m);
            }
            doc.put("problems", list);
            out.println(Json.pretty().writeValueAsString(doc));
            return problems.isEmpty() ? ClaimsCommand.OK : ClaimsCommand.BAD_INPUT;
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf("%d problem%s%n", problems.size(), problems.size() == 1 ? "" : "s");
            return ClaimsCommand.BAD_INPUT;
        }
        out.printf("ok: %d fact file%s, %d claims, %d speakers, %d entities, %d propositions%s%n",
                fileCount, fileCount == 1 ? "" : "s", loaded.kb().claims().size(),
                loaded.kb().speakers().size(), loaded.kb().entities().size(), loaded.kb().propositions().size(),
                only.isEmpty() ? RulesWiring.describeRules(kbRoot) : "");
        return ClaimsCommand.OK;
    }

}
