package org.lihaaz.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lihaaz.testing.TestRules.check;
import static org.lihaaz.testing.TestRules.engine;
import static org.lihaaz.testing.TestRules.rule;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.HumanReporter;
import org.lihaaz.report.JsonReporter;
import org.lihaaz.report.Report;
import org.lihaaz.report.SafeFix;

/** A finding inside a direct quotation is reported as such and never rewritten: that would misquote. */
class QuotationFixTest {
    private static final String TEXT = "\u201CTwo policemen, including a sub-inspector, were injured,\u201D said CCPO Qasim Khan.\n"
            + "\nTwo policemen were injured.\n";

    private final Lihaaz engine = engine(rule("pol", "[policeman]", "replace: [police officer]", "fix: safe"));

    @Test
    void theFixPlannerLeavesQuotedFindings() {
        FileReport report = check(engine, TEXT);
        assertEquals(2, report.findings().size());
        FixPlan plan = FixPlanner.planSafe(TEXT, report.findings());
        assertEquals(1, plan.fixed().size());
        assertFalse(plan.fixed().get(0).quoted());
        assertTrue(plan.left().get(0).quoted());
        String fixed = Patch.apply(TEXT, plan.edits());
        assertTrue(fixed.startsWith("\u201CTwo policemen, including"), fixed);
        assertTrue(fixed.contains("\nTwo police officers were injured."), fixed);
        assertTrue(SafeFix.of(report.findings().get(0)).isEmpty(), "no one-click fix inside a quotation");
        assertTrue(SafeFix.of(report.findings().get(1)).isPresent());
    }

    @Test
    void reportsSayAFindingIsInAQuotation() throws Exception {
        Report report = new Report(List.of(check(engine, TEXT)), List.of(), List.of(), 0);
        StringWriter json = new StringWriter();
        new JsonReporter().write(report, json);
        assertEquals(1, json.toString().split("\"quotation\": true", -1).length - 1, json.toString());
        StringWriter human = new StringWriter();
        new HumanReporter(false, false).write(report, human);
        List<String> lines = human.toString().lines().filter(l -> l.contains("test.pol")).toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains(" (in a quotation)"), lines.get(0));
        assertFalse(lines.get(1).contains("quotation"), lines.get(1));
    }
}
