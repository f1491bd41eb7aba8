package org.lihaaz.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lihaaz.yaml.YamlException;

/** Guide checklists are strict: each entry has rules that exist, or a reason. */
class GuideLoaderTest {
    private static final RuleSet RULES = new RuleLoader().loadBuiltIn().rules();
    private static final String HEAD = "guide: g\ntitle: G\nsource: s\nentries:\n";

    private static String error(String text) {
        return assertThrows(YamlException.class, () -> new GuideLoader().parse(text, "g.yml", "g", RULES)).getMessage();
    }

    @Test
    void loadsEntriesWithRulesOrReasons() {
        Guide g = new GuideLoader().parse(HEAD + "  - entry: chairman\n    rules: [gender.chairman]\n  - entry: they\n    reason: fine\n",
                "g.yml", "g", RULES);
        assertEquals(2, g.entries().size());
        assertEquals(1, g.covered());
        assertEquals("fine", g.entries().get(1).reason());
    }

    @Test
    void badEntriesAreErrorsAtTheirPlace() {
        assertTrue(error(HEAD + "  - entry: chairman\n    rules: [gender.chairmen]\n").startsWith(
                "g.yml:6:13: guide 'g' names no rule 'gender.chairmen'"), error(HEAD + "  - entry: chairman\n    rules: [gender.chairmen]\n"));
        assertTrue(error(HEAD + "  - entry: chairman\n").contains("has either 'rules' (ids that cover it) or 'reason' (why none does), not neither"));
        assertTrue(error(HEAD + "  - entry: x\n    reason: r\n    rules: [gender.chairman]\n").contains("not both"));
        assertTrue(error(HEAD + "  - entry: x\n    reasn: r\n").startsWith("g.yml:6:5: unknown key 'reasn' in a guide entry"));
        assertTrue(error(HEAD + "  - entry: x\n    reason: r\n  - entry: x\n    reason: s\n").contains("entry 'x' is listed twice"));
        assertTrue(error("guide: h\ntitle: G\nsource: s\nentries:\n  - entry: x\n    reason: r\n").contains("must be written in h.yml"));
    }
}
