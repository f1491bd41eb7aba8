package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** End-to-end: Urdu and Roman Urdu through {@code lihaaz check}, with the built-in packs. */
class UrduCheckTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            for (JsonNode x : f.get("findings")) {
                out.add(x.get("language").asText() + ":" + x.get("match").asText());
            }
        }
        return out;
    }

    @Test
    void aMixedEnglishAndRomanUrduPostGetsTheFindingsOfBoth() throws Exception {
        Path post = write("post.md", "The policeman opened the flood-relief camp today.\n"
                + "Lekin ye khusra wala joke bilkul ghalat tha, aur us randi wali baat bhi.\n");
        Cli.Run run = Cli.run("check", "--format", "json", post.toString());
        JsonNode report = run.json();
        assertEquals(List.of("en:policeman", "roman-ur:khusra", "roman-ur:randi"), findings(report), run::toString);
        JsonNode khusra = report.get("files").get(0).get("findings").get(1);
        assertEquals("lgbtq.roman-khusra", khusra.get("rule").asText());
        assertEquals(2, khusra.get("line").asInt());
        assertEquals(10, khusra.get("column").asInt());
    }

    @Test
    void urduTextIsDetectedAndItsFindingsSpeakUrduUnlessEnglishIsAsked() throws Exception {
        Path post = write("khabar.txt", "سگنل پر ایک كھسرا گاڑی کے پاس کھڑا تھا۔\n");
        JsonNode nat = Cli.run("check", "--format", "json", post.toString()).json().get("files").get(0);
        assertEquals("ur", nat.get("language").asText());
        JsonNode x = nat.get("findings").get(0);
        assertEquals("ur", x.get("language").asText());
        assertEquals("كھسرا", x.get("match").asText());
        assertTrue(x.get("message").asText().startsWith("'کھسرا' خواجہ سرا"), x.toString());
        // A slur gets advice, not a replacement that would read as a term of respect inside an insult.
        assertEquals(0, x.get("suggestions").size(), x.toString());
        assertTrue(x.get("advice").asText().startsWith("خواجہ سرا افراد"), x.toString());

        JsonNode en = Cli.run("check", "--format", "json", "--messages", "en", post.toString()).json()
                .get("files").get(0).get("findings").get(0);
        assertTrue(en.get("message").asText().startsWith("'Khusra' is a slur"), en.toString());
        assertTrue(en.get("advice").asText().startsWith("When you mean khawaja sira"), en.toString());

        Path shop = write("dukaan.txt", "قادیانی کی دکان بند ہے۔\n");
        for (String messages : new String[] {"native", "en"}) {
            JsonNode q = Cli.run("check", "--format", "json", "--messages", messages, shop.toString()).json()
                    .get("files").get(0).get("findings").get(0);
            assertEquals("احمدی", q.get("suggestions").get(0).asText(), "replacements stay in the text's language");
        }
    }

    @Test
    void messagesComeFromConfigurationTooAndBadValuesAreErrors() throws Exception {
        write(".lihaaz.yml", "messages: en\n");
        Path post = write("post.txt", "Ye khusra kahan se aa gaya?\n");
        JsonNode x = Cli.run("check", "--format", "json", post.toString()).json().get("files").get(0).get("findings").get(0);
        assertTrue(x.get("message").asText().startsWith("'Khusra' is a slur"), x.toString());
        JsonNode overridden = Cli.run("check", "--format", "json", "--messages", "native", post.toString()).json()
                .get("files").get(0).get("findings").get(0);
        assertTrue(overridden.get("message").asText().startsWith("'Khusra' khawaja sira"), overridden.toString());

        Cli.Run bad = Cli.run("check", "--messages", "urdu", post.toString());
        assertEquals(2, bad.code());
        assertEquals("lihaaz: --messages must be native or en, not 'urdu'\n", bad.err());
        write(".lihaaz.yml", "messages: urdu\n");
        Cli.Run badConfig = Cli.run("check", post.toString());
        assertEquals(2, badConfig.code());
        assertTrue(badConfig.err().contains(".lihaaz.yml:1:11: messages must be native or en, not 'urdu'"), badConfig.err());
    }

    @Test
    void humanOutputPrintsTheUrduMatchInsteadOfCaretsAndIsolatesOnlyOnATerminal() throws Exception {
        Path post = write("khabar.txt", "اپوزیشن نے چوڑیاں پہن لی ہیں، ایک لفظ نہیں بولا۔\n");
        Cli.Run run = Cli.run("check", "--no-color", post.toString());
        assertEquals(1, run.code(), run::toString);
        String[] lines = run.out().split("\n");
        String header = lines[1];
        // Piped (as here), no direction isolates: they would end up in grep and diffs. HumanTerminalTest
        // shows them on a terminal.
        assertTrue(header.startsWith("  1:12  warning    'چوڑیاں پہننا'"), header);
        assertTrue(header.endsWith("  gender.ur-churiyan"), header);
        assertEquals("        اپوزیشن نے چوڑیاں پہن لی ہیں، ایک لفظ نہیں بولا۔", lines[2]);
        assertEquals("        \u25B6 چوڑیاں پہن (column 12, 10 letters)", lines[3]);
        // An idiom has no replacement that reads right in its place: the rule advises instead.
        assertTrue(lines[4].startsWith("        \u2139 محاورہ ہٹا کر"), lines[4]);
        assertFalse(run.out().contains("^"), run.out());
        assertFalse(run.out().contains("\u2068") || run.out().contains("\u2069"), run.out());
    }

    @Test
    void englishLinesKeepTheirCaretLine() throws Exception {
        Path post = write("post.txt", "The policeman spoke.\n");
        Cli.Run run = Cli.run("check", "--no-color", post.toString());
        assertTrue(run.out().contains("      ^^^^^^^^"), run.out());
        assertFalse(run.out().contains("\u2068"), run.out());
    }
}
