package org.lihaaz.testing;

import java.util.List;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.suppress.Policy;

/** Builds engines from small inline rule packs, so each test shows the rule it relies on. */
public final class TestRules {
    private TestRules() {
    }

    /** Parses a pack named "test" in English; fails the test on any loading error. */
    public static RuleSet pack(String yaml) {
        return pack(yaml, Language.EN, "test");
    }

    public static RuleSet pack(String yaml, Language language, String pack) {
        RuleLoader.Result r = new RuleLoader().loadPack(yaml, "test.yml", language, pack);
        if (!r.ok()) {
            throw new AssertionError("test pack does not load: " + r.errors().get(0).getMessage());
        }
        return r.rules();
    }

    public static Lihaaz engine(String yaml) {
        return Lihaaz.builder().rules(pack(yaml)).policy(Policy.builder().minSureness(org.lihaaz.rule.Rule.Sureness.LOW).build())
                .language(LanguageChoice.of(Language.EN)).build();
    }

    public static FileReport check(Lihaaz engine, String text) {
        return engine.check(Input.ofText("t.txt", text, Format.TEXT));
    }

    /** The matched texts of all findings, in order. */
    public static List<String> matches(Lihaaz engine, String text) {
        return check(engine, text).findings().stream().map(Finding::match).toList();
    }

    /** A minimal valid rule with the given extra YAML lines (indented by four spaces). */
    public static String rule(String id, String terms, String... extra) {
        StringBuilder b = new StringBuilder();
        b.append("- id: test.").append(id).append('\n')
                .append("  level: warning\n")
                .append("  category: test\n")
                .append("  terms: ").append(terms).append('\n')
                .append("  message: m\n")
                .append("  note: n\n")
                .append("  source: s\n");
        for (String line : extra) {
            b.append("  ").append(line).append('\n');
        }
        b.append("  examples:\n    flag: [x]\n    clean: [y]\n");
        return b.toString();
    }
}
