package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.rule.Guide;
import org.lihaaz.rule.GuideLoader;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;

/** docs/coverage.md is generated: the committed file must be what the generator gives today. */
class CoverageReportTest {
    @Test
    void committedCoverageIsUpToDate() throws Exception {
        RuleLoader.Result rules = new RuleLoader().loadBuiltIn();
        assertTrue(rules.ok(), rules.errors()::toString);
        GuideLoader.Result guides = new GuideLoader().load(RuleLoader.builtInRoot().resolve(GuideLoader.FOLDER), "rules/guides",
                rules.rules());
        assertTrue(guides.errors().isEmpty(), guides.errors()::toString);
        String generated = CoverageReport.markdown(rules.rules(), guides.guides());
        String committed = Files.readString(Path.of("docs/coverage.md"), StandardCharsets.UTF_8);
        assertEquals(generated, committed, "docs/coverage.md is out of date: run ./lihaaz rules coverage > docs/coverage.md "
                + "after building, and commit it");
    }

    @Test
    void reportsCountsConceptsGapsAndGuides() {
        RuleSet rules = new RuleLoader().loadBuiltIn().rules();
        Guide guide = new GuideLoader().parse("""
                guide: demo
                title: Demo | guide
                source: https://example.org/
                entries:
                  - entry: chairman
                    rules: [gender.chairman]
                  - entry: maiden name
                    reason: "Not covered yet: no rule."
                  - entry: singular they
                    reason: Recommended; nothing to flag.
                """, "demo.yml", "demo", rules);
        String md = CoverageReport.markdown(rules, List.of(guide));
        assertTrue(md.contains("| English | gender | " + rules.packCounts().values().iterator().next().get("gender") + " |"), md);
        assertTrue(md.contains("| [Demo \\| guide](#demo) | 3 | 1 | 1 | 1 |"), md);
        assertTrue(md.contains("| maiden name | *Not covered yet: no rule.* |"), md);
        assertTrue(md.contains("| **martyr-label**<br>The unattributed martyr label | suggestion | `conflict.martyr`, `conflict.shaheed` | `conflict.ur-shaheed` |"), md);
        assertTrue(md.contains("| **ancient-hatreds**<br>\"Ancient hatreds\" | suggestion | `conflict.ancient-hatreds` | — *Not covered yet"), md);
        assertTrue(md.contains("Rules in no concept: none."), md);
    }
}
