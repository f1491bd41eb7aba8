package org.lihaaz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.finding.Finding;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;
import org.lihaaz.rule.Level;
import org.lihaaz.yaml.YamlException;

/** The embedding API as a program other than the CLI uses it: engines from configuration files and a setup. */
class EngineApiTest {
    static final String TEXT = "The committee has no chairman yet.\n";

    @TempDir
    Path dir;

    @Test
    void anEngineFromAConfigurationFileFollowsIt() throws IOException {
        Path plain = write("plain/.lihaaz.yml", "language: en\n");
        Path off = write("off/.lihaaz.yml", "language: en\nrules:\n  gender.chairman: off\n");

        FileReport flagged = Lihaaz.fromConfig(plain, Setup.defaults()).check(Input.ofText("post.md", TEXT));
        Finding f = flagged.findings().stream().filter(x -> x.ruleId().equals("gender.chairman")).findFirst().orElseThrow();
        assertEquals("gender", f.category());
        assertEquals(Language.EN, f.language());
        assertEquals(1, f.start().line());
        assertEquals(TEXT.indexOf("chairman") + 1, f.start().column());
        assertEquals(TEXT.indexOf("chairman"), f.start().offset());
        assertEquals("chairman".length(), f.length());
        assertEquals("chairman", f.match());
        assertFalse(f.message().isBlank());
        assertFalse(f.suggestions().isEmpty());

        FileReport silenced = Lihaaz.fromConfig(off, Setup.defaults()).check(Input.ofText("post.md", TEXT));
        assertTrue(silenced.findings().stream().noneMatch(x -> x.ruleId().equals("gender.chairman")));
    }

    @Test
    void theSetupOverridesTheConfiguration() throws IOException {
        Path config = write(".lihaaz.yml", "rules:\n  gender.chairman: suggestion\n");
        Lihaaz lihaaz = Lihaaz.fromConfig(config, Setup.defaults().withLanguage(LanguageChoice.of(Language.EN))
                .withDisabled(List.of("gender.chairman")));
        assertTrue(lihaaz.check(Input.ofText("a.txt", TEXT)).findings().stream()
                .noneMatch(x -> x.ruleId().equals("gender.chairman")));
        Finding f = Lihaaz.fromConfig(config, Setup.defaults()).check(Input.ofText("a.txt", TEXT)).findings().stream()
                .filter(x -> x.ruleId().equals("gender.chairman")).findFirst().orElseThrow();
        assertEquals(Level.SUGGESTION, f.level());
    }

    @Test
    void aFileGetsTheNearestConfigurationAndEnginesAreShared() throws IOException {
        write("site/.lihaaz.yml", "rules:\n  gender.chairman: off\n");
        Path post = write("site/blog/post.md", TEXT);
        Engines engines = new Engines(Setup.defaults());
        Lihaaz forPost = engines.forFile(post);
        assertSame(forPost, engines.forFile(post));
        assertTrue(forPost.check(Input.ofFile(post, "post.md")).findings().stream()
                .noneMatch(x -> x.ruleId().equals("gender.chairman")));
    }

    @Test
    void problemsAreValuesWithTheirPlace() throws IOException {
        Path broken = write(".lihaaz.yml", "language: en\nsureness: very\n");
        YamlException e = assertThrows(YamlException.class, () -> Lihaaz.fromConfig(broken, Setup.defaults()));
        assertEquals(2, e.location().line());

        SetupException unknown = assertThrows(SetupException.class, () -> Lihaaz.fromConfig(
                write("ok/.lihaaz.yml", "language: en\n"), Setup.defaults().withDisabled(List.of("gender.chairmen"))));
        assertTrue(unknown.messages().get(0).contains("gender.chairman"), unknown.getMessage());

        FileReport missing = Lihaaz.builder().build().check(Input.ofFile(dir.resolve("nothing.md"), "nothing.md"));
        assertEquals(List.of(Problem.error("no such file")), missing.problems());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }
}
