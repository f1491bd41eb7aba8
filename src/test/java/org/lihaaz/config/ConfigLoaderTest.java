package org.lihaaz.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.cli.StarterConfig;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;
import org.lihaaz.yaml.YamlException;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void readsEveryKey(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("style/rules"));
        ProjectConfig c = loader.parse("""
                language: en
                fail-on: error
                sureness: low
                packs:
                  tech: off
                  gender: on
                rules:
                  gender.chairman: error
                  age.the-elderly: off
                allow: [Chairman]
                ignore: ["archive/**"]
                extra-rules: [style/rules]
                baseline: ci/known.json
                """, dir.resolve(".lihaaz.yml"));
        assertEquals(Language.EN, c.language().fixed());
        assertEquals(ProjectConfig.FailOn.ERROR, c.failOn());
        assertEquals(Rule.Sureness.LOW, c.sureness());
        assertEquals(false, c.packs().get("tech"));
        assertEquals(Optional.of(Level.ERROR), c.rules().get("gender.chairman"));
        assertEquals(Optional.empty(), c.rules().get("age.the-elderly"));
        assertEquals(dir.resolve("style/rules").normalize(), c.extraRules().get(0));
        assertEquals(8, c.nameLocations().get("gender.chairman").line());
        assertEquals(dir.resolve("ci/known.json"), c.baseline());
        assertEquals(null, loader.parse("fail-on: error\n", dir.resolve(".lihaaz.yml")).baseline());
    }

    @Test
    void unknownKeysAndBadValuesNameTheLine(@TempDir Path dir) {
        Path f = dir.resolve(".lihaaz.yml");
        YamlException e = assertThrows(YamlException.class, () -> loader.parse("language: en\nfailon: x\n", f));
        assertTrue(e.getMessage().startsWith(f + ":2:1: unknown key 'failon'"), e.getMessage());
        e = assertThrows(YamlException.class, () -> loader.parse("rules:\n  gender.chairman: loud\n", f));
        assertTrue(e.getMessage().startsWith(f + ":2:20: rule 'gender.chairman' must be off"), e.getMessage());
        e = assertThrows(YamlException.class, () -> loader.parse("language: fr\n", f));
        assertTrue(e.getMessage().contains("auto, en, ur or roman-ur"));
    }

    @Test
    void theStarterConfigurationLoads(@TempDir Path dir) {
        ProjectConfig c = loader.parse(StarterConfig.TEXT, dir.resolve(".lihaaz.yml"));
        assertEquals(ProjectConfig.FailOn.WARNING, c.failOn());
    }

    @Test
    void nearestConfigurationWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".lihaaz.yml"), "fail-on: error\n");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/.lihaaz.yml"), "fail-on: never\n");
        ConfigFinder finder = new ConfigFinder();
        assertEquals(ProjectConfig.FailOn.NEVER, finder.forFile(dir.resolve("a/b/post.md")).failOn());
        assertEquals(ProjectConfig.FailOn.ERROR, finder.forFile(dir.resolve("post.md")).failOn());
    }
}
