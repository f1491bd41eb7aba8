package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.SarifSchema;

/** The SARIF Lihaaz writes is valid against the official SARIF 2.1.0 schema, and says what it should. */
class SarifSchemaTest {
    private static JsonNode sarif(Report report) throws Exception {
        return new ObjectMapper().readTree(GoldenReports.render("sarif", report));
    }

    @Test
    void theGoldenReportIsValidSarif() throws Exception {
        JsonNode log = sarif(GoldenReports.report());
        assertEquals(List.of(), SarifSchema.violations(log));
    }

    @Test
    void anEmptyRunIsValidSarif() throws Exception {
        JsonNode log = sarif(new Report(List.of(), List.of("bad configuration"), List.of(), 0));
        assertEquals(List.of(), SarifSchema.violations(log));
        assertFalse(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void theBuiltInRulesOnTheExamplesGiveValidSarif() throws Exception {
        Cli.Run r = Cli.run("check", "--format", "sarif", "--fail-on", "never", "examples");
        assertEquals(0, r.code(), r::toString);
        JsonNode log = r.json();
        assertEquals(List.of(), SarifSchema.violations(log));
        assertTrue(log.at("/runs/0/results").size() > 5, "the examples have findings");
        // Every rule that has a result is described, with help and a link to its source.
        for (JsonNode rule : log.at("/runs/0/tool/driver/rules")) {
            assertFalse(rule.at("/help/text").asText().isEmpty(), rule.toString());
            assertTrue(rule.at("/helpUri").asText().startsWith("https://"), rule.toString());
        }
    }

    @Test
    void theValidatorRejectsBrokenSarif() throws Exception {
        // Without this, a validator that accepted everything would pass the tests above.
        ObjectNode log = (ObjectNode) sarif(GoldenReports.report());
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "warn");
        assertFalse(SarifSchema.violations(log).isEmpty(), "an unknown level is invalid");
        ObjectNode noVersion = (ObjectNode) sarif(GoldenReports.report());
        noVersion.remove("version");
        assertFalse(SarifSchema.violations(noVersion).isEmpty(), "version is required");
        ObjectNode badRegion = (ObjectNode) sarif(GoldenReports.report());
        ((ObjectNode) badRegion.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        assertFalse(SarifSchema.violations(badRegion).isEmpty(), "lines start at 1");
    }

    @Test
    void resultsCarryRegionsColumnKindRuleIndexesAndSafeFixes() throws Exception {
        JsonNode run = sarif(GoldenReports.report()).at("/runs/0");
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        JsonNode rules = run.at("/tool/driver/rules");
        int withFix = 0;
        // A finding inside a quotation ("a policeman" in the notes) is never rewritten.
        java.util.List<Boolean> quoted = GoldenReports.report().files().stream()
                .flatMap(f -> f.findings().stream()).map(org.lihaaz.finding.Finding::quoted).toList();
        int index = 0;
        for (JsonNode result : run.get("results")) {
            boolean inQuotation = quoted.get(index++);
            String ruleId = result.get("ruleId").asText();
            assertEquals(ruleId, rules.get(result.get("ruleIndex").asInt()).get("id").asText());
            JsonNode region = result.at("/locations/0/physicalLocation/region");
            assertTrue(region.get("endColumn").asInt() > region.get("startColumn").asInt(), result.toString());
            boolean safe = rules.get(result.get("ruleIndex").asInt()).at("/properties/fix").asText().equals("safe");
            assertEquals(safe && !inQuotation, result.has("fixes"),
                    "fixes exactly for fix: safe rules outside quotations: " + ruleId);
            if (result.has("fixes")) {
                withFix++;
                JsonNode replacement = result.at("/fixes/0/artifactChanges/0/replacements/0");
                assertEquals(region.get("startColumn"), replacement.at("/deletedRegion/startColumn"));
                assertEquals(result.at("/properties/suggestions/0").asText(),
                        replacement.at("/insertedContent/text").asText());
            }
        }
        assertEquals(2, withFix, "two firemen/fireman findings; the quoted policeman has none");
        // Columns count code points: the second 'chairman' comes after an emoji and an 'é'.
        JsonNode second = run.at("/results/2/locations/0/physicalLocation/region");
        String line = "The chairman met the firemen. \uD83D\uDE00 Caf\u00E9 owners asked the chairman, again.";
        int cp = line.codePointCount(0, line.lastIndexOf("chairman"));
        assertEquals(cp + 1, second.get("startColumn").asInt());
        assertEquals("drafts/council%20meeting,%202024.md",
                run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    }
}
