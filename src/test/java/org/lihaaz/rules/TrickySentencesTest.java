package org.lihaaz.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.Rule;
import org.lihaaz.suppress.Policy;
import org.lihaaz.internal.yaml.YamlFields;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Each pack's file of tricky sentences beyond its rules' own examples
 * ({@code src/test/resources/tricky/<language>/<pack>.yml}). A case names rule ids or packs that must
 * fire ({@code flag:}) or must stay silent ({@code clean:}) on its text.
 */
class TrickySentencesTest {
    @TestFactory
    Stream<DynamicNode> trickySentences() throws IOException, URISyntaxException {
        Path root = Path.of(TrickySentencesTest.class.getResource("/tricky").toURI());
        List<DynamicNode> tests = new ArrayList<>();
        List<Path> files;
        java.util.Map<Language, Lihaaz> engines = new java.util.EnumMap<>(Language.class);
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path file : files) {
            Language lang = Language.byCode(file.getParent().getFileName().toString()).orElseThrow();
            // One engine per language: building one loads and compiles every built-in rule.
            Lihaaz engine = engines.computeIfAbsent(lang, l -> Lihaaz.builder()
                    .policy(Policy.builder().minSureness(Rule.Sureness.LOW).build())
                    .language(LanguageChoice.of(l))
                    .build());
            String name = root.relativize(file).toString();
            YamlNode doc = new YamlReader().read(Files.readString(file, StandardCharsets.UTF_8), name);
            for (YamlNode item : ((YamlNode.Sequence) doc).items()) {
                YamlFields f = new YamlFields(item, "a case").allowOnly(java.util.Set.of("text", "flag", "clean", "note"));
                String text = f.requiredText("text");
                List<String> flag = f.texts("flag", false);
                List<String> clean = f.texts("clean", false);
                tests.add(DynamicTest.dynamicTest(name + ":" + item.location().line() + " " + text, () -> {
                    FileReport r = engine.check(Input.ofText("case.txt", text, Format.TEXT));
                    for (String want : flag) {
                        assertTrue(r.findings().stream().anyMatch(x -> names(x, want)),
                                () -> want + " should fire on: " + text + "\n  found: " + show(r));
                    }
                    for (String silent : clean) {
                        assertTrue(r.findings().stream().noneMatch(x -> names(x, silent)),
                                () -> silent + " should stay silent on: " + text + "\n  found: " + show(r));
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static boolean names(Finding f, String idOrPack) {
        return f.ruleId().equals(idOrPack) || f.rule().pack().equals(idOrPack);
    }

    private static String show(FileReport r) {
        return r.findings().stream().map(f -> f.ruleId() + " on '" + f.match() + "'").toList().toString();
    }
}
