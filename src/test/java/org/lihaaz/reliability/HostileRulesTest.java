package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.TestRules;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Rule packs and {@code .lihaaz.yml} from a repository nobody vetted: alias bombs, oversized and
 * deeply nested documents are refused with a located one-line error; YAML tags construct nothing;
 * a configuration cannot make Lihaaz load rules from outside its folder; rule and configuration
 * files that are devices or pipes are refused without being opened. The timeouts only guard
 * against a hang.
 */
class HostileRulesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** The classic billion-laughs document, as a list: nine levels of ten aliases each, then {@code tail} using the last. */
    private static String aliasBomb(String tail) {
        StringBuilder b = new StringBuilder("- &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            b.append("- &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        return b.append(tail).toString();
    }

    @Test
    void anAliasBombIsRefusedInARulePackAndInTheConfiguration() {
        RuleLoader.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> new RuleLoader().loadPack(
                aliasBomb(TestRules.rule("bomb", "*a9")), "evil.yml", Language.EN, "test"));
        assertFalse(r.ok());
        assertEquals("evil.yml:2:8: YAML aliases (*a0) are not supported; write the value out",
                r.errors().get(0).getMessage());

        String config = "front-matter: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\nallow: [*a0, *a0]\n";
        YamlException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(YamlException.class,
                () -> new ConfigLoader().parse(config, dir.resolve(".lihaaz.yml"))));
        assertEquals(dir.resolve(".lihaaz.yml") + ":2:9: YAML aliases (*a0) are not supported; write the value out",
                e.getMessage());
    }

    /**
     * Issue 16 item 10: packs each within their limits but huge together are refused once, when the
     * run starts, naming the pack that goes over, instead of costing every input file its compile.
     */
    @Test
    void packsTooBigTogetherAreRefusedOnceAtLoadNamingThePack() throws IOException {
        String a = String.join("|", java.util.stream.IntStream.range(0, 32).mapToObj(i -> "qa" + i).toList());
        String b = String.join("|", java.util.stream.IntStream.range(0, 32).mapToObj(i -> "qb" + i).toList());
        String term = "\"(" + a + ") (" + b + ")\"";
        Path en = Files.createDirectories(dir.resolve("rules/en"));
        for (String pack : List.of("first", "second")) {
            StringBuilder yaml = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                yaml.append(TestRules.rule("r" + i, "[" + term + "]").replace("test.", pack + "."));
            }
            Files.writeString(en.resolve(pack + ".yml"), yaml);
        }
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(docs.resolve("f" + i + ".md"), "The policeman came.\n");
        }
        Cli.Run r = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", "--no-color", "--rules",
                dir.resolve("rules").toString(), docs.toString()));
        assertEquals(2, r.code(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).contains("second.yml:") && lines.get(0).contains("rule pack 'second' takes the extra rule packs past 100,000 term variants"),
                r::toString);
        assertFalse(r.out().contains("No findings"), r::toString);

        // One pack alone (61,440 variants) is within the bound and loads.
        Files.delete(en.resolve("second.yml"));
        Cli.Run ok = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", "--no-color", "--rules",
                dir.resolve("rules").toString(), docs.toString()));
        assertEquals(1, ok.code(), ok::toString);
    }

    @Test
    void anAliasIsNeverReadAsItsName() {
        // The streaming parser reports `*words` as the text "words"; a rule must not quietly match that word.
        String yaml = TestRules.rule("one", "&words [fireman]") + TestRules.rule("two", "*words");
        RuleLoader.Result r = new RuleLoader().loadPack(yaml, "ok.yml", Language.EN, "test");
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).getMessage().contains("YAML aliases (*words) are not supported"),
                r.errors().get(0).getMessage());
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeItIsParsed() throws IOException {
        String big = "# " + "x".repeat(YamlReader.MAX_CHARS) + "\n";
        RuleLoader.Result r = new RuleLoader().loadPack(big, "big.yml", Language.EN, "test");
        assertEquals("big.yml:1:1: file is larger than 4 MB", r.errors().get(0).getMessage());
        Path config = Files.writeString(dir.resolve(".lihaaz.yml"), big);
        YamlException e = assertThrows(YamlException.class, () -> new ConfigLoader().load(config));
        assertTrue(e.getMessage().endsWith("the configuration file is larger than 4 MB; not read"), e.getMessage());
        Path en = Files.createDirectories(dir.resolve("rules/en"));
        Files.writeString(en.resolve("big.yml"), big);
        RuleLoader.Result fromDisk = new RuleLoader().load(dir.resolve("rules"));
        assertTrue(fromDisk.errors().get(0).getMessage().contains("larger than 4 MB"), fromDisk.errors().toString());
    }

    @Test
    void deeplyNestedYamlIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        RuleLoader.Result r = assertTimeoutPreemptively(HANG_GUARD,
                () -> new RuleLoader().loadPack(deep, "deep.yml", Language.EN, "test"));
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).getMessage().startsWith("deep.yml:"), r.errors().get(0).getMessage());
        String deepMap = "a:\n" + "".concat("  ").repeat(1).concat("b:\n").repeat(1);
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            nested.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThrows(YamlException.class, () -> new ConfigLoader().parse(deepMap + nested, dir.resolve(".lihaaz.yml")));
    }

    @Test
    void yamlTagsConstructNothingAndRunNothing() throws IOException {
        Path marker = dir.resolve("created-by-yaml");
        String file = marker.toString();
        String pack = TestRules.rule("tagged", "[fireman]",
                "note2: !!java.io.FileOutputStream [\"" + file + "\"]")
                + TestRules.rule("tagged2", "!!java.lang.ProcessBuilder [[\"touch\", \"" + file + "\"]]")
                + TestRules.rule("tagged3", "[!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                        + " [\"file:///nonexistent/\"]]]]]");
        RuleLoader.Result r = new RuleLoader().loadPack(pack, "tags.yml", Language.EN, "test");
        assertFalse(r.ok(), "unknown keys and non-list terms are errors, tags or not");
        Path en = Files.createDirectories(dir.resolve("proj/rules/en"));
        Files.writeString(en.resolve("tagged.yml"), pack);
        Files.writeString(dir.resolve("proj/.lihaaz.yml"), "allow: !!java.lang.ProcessBuilder [[\"touch\", \"" + file
                + "\"]]\nextra-rules: [rules]\n");
        Files.writeString(dir.resolve("proj/post.md"), "A fireman.\n");
        Cli.Run run = Cli.run("check", "--no-color", dir.resolve("proj").toString());
        assertEquals(2, run.code(), run::toString);
        assertFalse(Files.exists(marker), "no object was built and no command was run");
        // A tag on a plain value is read as the text it tags: nothing more.
        assertTrue(new RuleLoader().loadPack(TestRules.rule("str", "[!!str fireman]"), "s.yml", Language.EN, "test").ok());
    }

    @Test
    void extraRulesOutsideTheConfigurationsFolderAreRefused() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.createDirectories(dir.resolve("outside/en"));
        Files.writeString(outside.resolve("x.yml"), TestRules.rule("outside", "[fireman]"));
        for (String ref : List.of("../outside", dir.resolve("outside").toString(), "rules/../../outside")) {
            Files.writeString(project.resolve(".lihaaz.yml"), "extra-rules:\n  - " + ref + "\n");
            YamlException e = assertThrows(YamlException.class, () -> new ConfigLoader().load(project.resolve(".lihaaz.yml")));
            assertTrue(e.getMessage().contains("extra-rules '" + ref + "' is outside the folder of this configuration"),
                    e.getMessage());
        }
        // A link inside the project that leads out of it is refused too.
        Files.createSymbolicLink(project.resolve("rules"), dir.resolve("outside").getParent().resolve("outside"));
        Files.writeString(project.resolve(".lihaaz.yml"), "extra-rules: [rules]\n");
        Files.writeString(project.resolve("post.md"), "A fireman.\n");
        Cli.Run run = Cli.run("check", "--no-color", project.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("extra-rules 'rules' is outside the folder of this configuration"), run::toString);
        // Named on the command line, the same folder is the user's own choice.
        Cli.Run chosen = Cli.run("check", "--no-color", "--config", dir.resolve("none.yml").toString(), "--rules",
                dir.resolve("outside").toString(), project.resolve("post.md").toString());
        assertTrue(chosen.err().contains("none.yml") || chosen.out().contains("test.outside"), chosen::toString);
    }

    @Test
    void ruleAndConfigurationFilesThatAreDevicesOrPipesAreNotOpened() throws Exception {
        Path en = Files.createDirectories(dir.resolve("rules/en"));
        Files.createSymbolicLink(en.resolve("zero.yml"), Path.of("/dev/zero"));
        Path fifo = en.resolve("pipe.yml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        RuleLoader.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> new RuleLoader().load(dir.resolve("rules")));
        assertEquals(2, r.errors().size(), r.errors().toString());
        for (YamlException e : r.errors()) {
            assertTrue(e.getMessage().endsWith("not a regular file (a device or pipe?); not read"), e.getMessage());
        }
        Path config = Files.createSymbolicLink(dir.resolve("zero-config.yml"), Path.of("/dev/zero"));
        YamlException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(YamlException.class, () -> new ConfigLoader().load(config)));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        // Found by walking up from a file, a .lihaaz.yml that is a link to a device is not a configuration at all.
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createSymbolicLink(project.resolve(".lihaaz.yml"), Path.of("/dev/zero"));
        Files.writeString(project.resolve("post.md"), "A policeman.\n");
        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", "--no-color", project.toString()));
        assertEquals(1, run.code(), run::toString);
    }

    @Test
    void ignoreGlobsCannotBlowUp() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        String glob = "*a".repeat(100) + "*b";
        Files.writeString(project.resolve(".lihaaz.yml"), "ignore:\n  - \"" + glob + "\"\n  - \"**/**/**/**/**/**/**/**/x\"\n");
        Path deep = Files.createDirectories(project.resolve(String.join("/", java.util.Collections.nCopies(40, "aaaa"))));
        Files.writeString(deep.resolve("a".repeat(200) + ".md"), "A policeman.\n");
        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("check", "--no-color", project.toString()));
        assertEquals(1, run.code(), "not ignored, and checked: " + run);
    }
}
