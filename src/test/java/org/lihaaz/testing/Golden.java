package org.lihaaz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.AnchorRef;
import org.lihaaz.finding.Finding;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.suppress.Policy;

/** The golden-test rule pack and the one-line form findings are compared in. */
public final class Golden {
    private Golden() {
    }

    /** The source folder of test resources (golden files are read from, and can be rewritten in, the source tree). */
    public static Path resources(String folder) {
        return Paths.get("src", "test", "resources", folder);
    }

    public static RuleSet rules(Path folder) {
        RuleLoader.Result r = new RuleLoader().load(folder);
        if (!r.ok()) {
            throw new AssertionError("test rules do not load: " + r.errors().get(0).getMessage());
        }
        return r.rules();
    }

    public static Lihaaz engine(Path ruleFolder) {
        return Lihaaz.builder().rules(rules(ruleFolder)).policy(Policy.none()).language(LanguageChoice.of(Language.EN))
                .build();
    }

    /** {@code line:column rule "match"}, then the anchor as {@code kind index detail=value +offset}. */
    public static String line(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(f.start().line()).append(':').append(f.start().column()).append(' ').append(f.ruleId())
                .append(" \"").append(f.match().replace("\r", "\\r").replace("\n", "\\n")).append('"');
        AnchorRef a = f.anchor();
        if (a != null) {
            b.append("  ").append(a.anchor().kind()).append(' ').append(a.anchor().index());
            for (Map.Entry<String, String> d : a.anchor().details().entrySet()) {
                b.append(' ').append(d.getKey()).append('=').append(d.getValue());
            }
            b.append(" +").append(a.offset());
        }
        return b.toString();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
