package org.lihaaz.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.suppress.Policy;
import org.lihaaz.testing.Invariants;
import org.lihaaz.yaml.YamlException;

/**
 * Fuzzes what a repository's own files feed Lihaaz: rule packs, the pattern language and
 * {@code .lihaaz.yml}. Whatever the text, loading ends in rules or located errors, never another
 * exception; a pack that loads builds an engine that checks its own examples within the invariants;
 * no pattern expands past the cap.
 */
class RuleFuzzTest {
    private static final List<String> YAML = List.of("- id: t.", "\n  ", "level: ", "warning", "error", "suggestion",
            "category: c", "terms: [", "]", "terms:\n    - ", "message: m", "note: n", "source: s", "replace: [",
            "fix: safe", "fix: manual", "inflect: noun", "inflect: none", "case-sensitive: true", "sureness: low",
            "requires:", "unless:", "  - before: ", "  - after: ", "  - sentence: ", "  - tag: NN", "  - not:",
            "examples:\n    flag: [", "\n    clean: [", "quotes: flag", "names: flag", "(", ")", "|", "*", "...", "{Cap}",
            "{Num}", "{", "}", "&a ", "*a", "<<: *a", "!!str ", "!!java.io.FileOutputStream [\"/tmp/lihaaz-fuzz\"]",
            "!!python/object:os.system ", "? ", ": ", "'", "\"", "#", "\n", ",", "chairman", "man", "he", "\u0645\u0631\u062F",
            "translations:\n    en:\n      message: ", "\t", "---\n", "...\n", "%YAML 1.2\n", "\uFEFF");
    private static final List<String> CONFIG = List.of("language: ", "auto", "roman-ur", "fail-on: ", "never",
            "sureness: ", "high", "packs:\n  ", "gender: off", "rules:\n  ", "gender.policeman: error", "allow:\n  - ",
            "ignore:\n  - ", "**/", "*", "?", "[a-z]", "[!", "\\", "extra-rules:\n  - ", "../../etc", "/etc",
            "messages: en", "front-matter: [", "]", "extensions:\n  ", "script: fountain", "txt: docx", "\n", ": ",
            "- ", "&x ", "*x", "!!java.lang.ProcessBuilder [[\"touch\", \"/tmp/lihaaz-fuzz\"]]", "{", "}", "'", "\"");

    @FuzzTest
    void rulePack(FuzzedDataProvider data) {
        Language language = data.pickValue(Language.values());
        String yaml = data.consumeBoolean() ? data.consumeRemainingAsString() : assemble(data, YAML);
        RuleLoader.Result r = new RuleLoader().loadPack(yaml, "fuzz.yml", language, "fuzz");
        for (YamlException e : r.errors()) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an error without a message");
            }
        }
        if (!r.ok() || r.rules().size() == 0) {
            return;
        }
        Lihaaz engine = Lihaaz.builder().rules(r.rules()).policy(Policy.builder().minSureness(Rule.Sureness.LOW).build())
                .build();
        for (Rule rule : r.rules().rules()) {
            for (String example : rule.examples().flag()) {
                Invariants.findings(engine.check(Input.ofText("e.txt", example, Format.TEXT)));
            }
        }
    }

    @FuzzTest
    void pattern(FuzzedDataProvider data) {
        String pattern = data.consumeBoolean() ? data.consumeRemainingAsString() : assemble(data, YAML);
        try {
            int n = PatternSyntax.expand(pattern).size();
            if (n > PatternSyntax.MAX_EXPANSIONS) {
                throw new AssertionError(n + " variants, more than the cap");
            }
        } catch (IllegalArgumentException expected) {
            // A refused pattern: the loader turns the reason into a located error.
        }
    }

    @FuzzTest
    void config(FuzzedDataProvider data) {
        String yaml = data.consumeBoolean() ? data.consumeRemainingAsString() : assemble(data, CONFIG);
        try {
            new ConfigLoader().parse(yaml, Path.of("/nonexistent/project/.lihaaz.yml"));
        } catch (YamlException expected) {
            // A located error is the answer to a bad configuration.
        }
    }

    private static String assemble(FuzzedDataProvider data, List<String> pieces) {
        StringBuilder b = new StringBuilder();
        int n = data.consumeInt(0, 200);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            if (data.consumeInt(0, 3) == 0) {
                b.append(data.consumeString(12));
            } else {
                b.append(data.pickValue(pieces));
            }
        }
        return b.toString();
    }
}
