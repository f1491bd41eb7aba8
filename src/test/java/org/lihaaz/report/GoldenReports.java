package org.lihaaz.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.suppress.Policy;
import org.lihaaz.testing.TestRules;

/** The one report every golden file is written from: the same input for every format. */
public final class GoldenReports {
    private GoldenReports() {
    }

    public static RuleSet rules() {
        try (InputStream in = GoldenReports.class.getResourceAsStream("/golden/rules.yml")) {
            return TestRules.pack(new String(in.readAllBytes(), StandardCharsets.UTF_8), Language.EN, "golden");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lihaaz engine() {
        return Lihaaz.builder().rules(rules()).policy(Policy.builder().minSureness(Rule.Sureness.LOW).build())
                .language(LanguageChoice.of(Language.EN)).build();
    }

    /**
     * Three files with findings (a path with a space and a comma, an emoji and accented letters
     * before matches, a match on a line of its own, repeated wording, markup characters), a clean
     * file, a skipped binary and a missing one.
     */
    public static Report report() {
        Lihaaz engine = engine();
        FileReport council = engine.check(Input.ofText("drafts/council meeting, 2024.md",
                "# Council\n\nThe chairman met the firemen. \uD83D\uDE00 Caf\u00E9 owners asked the chairman, again.\n",
                Format.MARKDOWN));
        FileReport notes = engine.check(Input.ofText("drafts/notes.txt",
                "Staff said \"a policeman\" & <others> helped.\n\nMore manpower\nfor the camp.\n", Format.TEXT));
        FileReport urdu = engine.check(Input.ofText("drafts/\u0645\u0636\u0645\u0648\u0646.txt",
                "\u06CC\u06C1 \u0645\u0636\u0645\u0648\u0646 \u06C1\u06D2: the fireman came.\n", Format.TEXT));
        FileReport clean = engine.check(Input.ofText("drafts/clean.md", "The chair spoke.\n", Format.MARKDOWN));
        FileReport binary = new FileReport("drafts/photo.txt", Language.EN, List.of(),
                List.of(Problem.notice("skipped: binary content")), null);
        FileReport missing = FileReport.failed("drafts/missing.md", Problem.error("no such file or folder"));
        return new Report(List.of(council, notes, urdu, clean, binary, missing), List.of(), List.of(), 0);
    }

    public static Reporters.Options options() {
        return new Reporters.Options(false, true, "1.2.3-test", Level.WARNING);
    }

    public static String render(String format, Report report) {
        StringWriter out = new StringWriter();
        try {
            Reporters.create(format, options()).orElseThrow().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
