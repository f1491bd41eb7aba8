package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.fix.FixPlan;
import org.lihaaz.fix.FixPlanner;
import org.lihaaz.fix.Patch;
import org.lihaaz.format.Format;

/** The one-click fixes of SARIF and rdjson are the edits --fix makes, article included. */
class SafeFixTest {
    private static final Lihaaz ENGINE = Lihaaz.builder().build();

    private static Finding only(String text, String rule) {
        List<Finding> fs = ENGINE.check(Input.ofText("post.txt", text, Format.TEXT)).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, fs.size(), fs::toString);
        return fs.get(0);
    }

    private static String applied(String text, SafeFix fix) {
        int[] cp = text.codePoints().toArray();
        return new String(cp, 0, fix.start().offset()) + fix.replacement()
                + new String(cp, fix.end().offset(), cp.length - fix.end().offset());
    }

    @Test
    void theArticleAgreesAsInFix() {
        String text = "She was an air hostess for ten years.";
        Finding f = only(text, "gender.air-hostess");
        SafeFix fix = SafeFix.of(f).orElseThrow();
        assertEquals("She was a flight attendant for ten years.", applied(text, fix));
        FixPlan plan = FixPlanner.planSafe(text, List.of(f));
        assertEquals(applied(text, fix), Patch.apply(text, plan.edits()));
    }

    @Test
    void rdjsonOffersTheSameText() throws Exception {
        String text = "She was an air hostess.";
        Report report = new Report(List.of(ENGINE.check(Input.ofText("post.txt", text, Format.TEXT))), List.of(),
                List.of(), 0);
        StringWriter out = new StringWriter();
        new RdjsonReporter().write(report, out);
        assertTrue(out.toString().contains("\"a flight attendant\""), out.toString());
        assertTrue(!out.toString().contains("an flight attendant"), out.toString());
    }

    @Test
    void noOneClickFixWhereTheArticleIsOnAnotherLine() {
        String text = "She was an\nair hostess.";
        Finding f = only(text, "gender.air-hostess");
        assertTrue(SafeFix.of(f).isEmpty(), "a fix that left 'an flight attendant' would be worse than none");
    }
}
