package org.lihaaz.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.finding.Finding;
import org.lihaaz.report.Report;
import org.lihaaz.report.RuleExplanation;

class LspServerTest {
    static final String DRAFT = "The chairman met the handicapped workers.\n\n"
            + "She is a crazy person. Every fireman and policeman came.\n";

    @TempDir
    Path dir;
    TestClient client;

    @BeforeEach
    void start() throws Exception {
        client = new TestClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    private String write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toUri().toString();
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode() == null ? "-" : d.getCode().getLeft()).toList();
    }

    @Test
    void diagnosticsAreTheFindingsOfLihaazCheck() throws Exception {
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        PublishDiagnosticsParams p = client.diagnostics(uri, 1);

        Report cli = new BatchCheck(BatchOptions.defaults()).run(List.of(dir.resolve("draft.md").toString()), null);
        List<Finding> expected = cli.files().get(0).findings();
        assertEquals(expected.size(), p.getDiagnostics().size(), p.toString());
        for (int i = 0; i < expected.size(); i++) {
            Finding f = expected.get(i);
            Diagnostic d = p.getDiagnostics().get(i);
            assertEquals(f.ruleId(), d.getCode().getLeft());
            assertEquals(f.start().line() - 1, d.getRange().getStart().getLine());
            assertEquals(f.start().column() - 1, d.getRange().getStart().getCharacter());
            assertEquals(f.end().column() - 1, d.getRange().getEnd().getCharacter());
            assertEquals("lihaaz", d.getSource());
            assertTrue(d.getMessage().getLeft().startsWith(f.message()));
            assertEquals(f.rule().note(org.lihaaz.rule.MessageChoice.NATIVE),
                    d.getRelatedInformation().get(0).getMessage());
        }
        Diagnostic fireman = p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("gender.fireman"))
                .findFirst().orElseThrow();
        assertEquals(DiagnosticSeverity.Warning, fireman.getSeverity());
        Diagnostic crazy = p.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("mental-health.crazy-person")).findFirst().orElseThrow();
        assertEquals(DiagnosticSeverity.Information, crazy.getSeverity());
        assertTrue(client.logged.stream().anyMatch(m -> m.getMessage().contains("defaults")
                || m.getMessage().contains(".lihaaz.yml")), "names the configuration in use");
    }

    @Test
    void incrementalEditsKeepVersionsAndPositions() throws Exception {
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        client.diagnostics(uri, 1);
        // Replace "handicapped" (line 0, 21..32) with "disabled", then add a fireman on a new line.
        int v2 = client.change(uri, new Range(new Position(0, 21), new Position(0, 32)), "disabled");
        int v3 = client.change(uri, new Range(new Position(3, 0), new Position(3, 0)), "\nA fireman spoke.\n");
        PublishDiagnosticsParams p = client.diagnostics(uri, v3);
        assertEquals(3, v3);
        assertTrue(v2 < v3);
        assertFalse(codes(p).contains("disability.handicapped"), codes(p).toString());
        Diagnostic last = p.getDiagnostics().get(p.getDiagnostics().size() - 1);
        assertEquals("gender.fireman", last.getCode().getLeft());
        assertEquals(new Range(new Position(4, 2), new Position(4, 9)), last.getRange());
        // Every publication names a version the document had, and the last one is the newest.
        for (PublishDiagnosticsParams q : client.published) {
            assertTrue(q.getVersion() >= 1 && q.getVersion() <= v3);
        }
    }

    @Test
    void positionEncodingsAreNegotiatedAndConverted() throws Exception {
        // Before the match: an emoji (2 UTF-16 units, 4 UTF-8 bytes, 1 code point), Urdu letters
        // (2 bytes each) and an e with a combining acute accent (two code points).
        String line = "\uD83D\uDE00 \u06A9\u062A\u0627\u0628 cafe\u0301 fireman";
        String text = line + "\n";
        String prefix = line.substring(0, line.indexOf("fireman"));
        int utf16 = prefix.length();
        int utf8 = prefix.getBytes(StandardCharsets.UTF_8).length;
        int utf32 = prefix.codePointCount(0, prefix.length());
        assertTrue(utf16 != utf8 && utf16 != utf32 && utf8 != utf32);
        Object[][] cases = {{null, "utf-16", utf16}, {List.of("utf-8", "utf-16"), "utf-8", utf8},
            {List.of("utf-32"), "utf-32", utf32}, {List.of("latin-1"), "utf-16", utf16}};
        for (Object[] c : cases) {
            try (TestClient tc = new TestClient()) {
                @SuppressWarnings("unchecked")
                InitializeResult r = tc.initialize(null, (List<String>) c[0]);
                assertEquals(c[1], r.getCapabilities().getPositionEncoding());
                String uri = "untitled:enc-" + c[1];
                tc.open(uri, "plaintext", text);
                Diagnostic d = tc.diagnostics(uri, 1).getDiagnostics().stream()
                        .filter(x -> x.getCode().getLeft().equals("gender.fireman")).findFirst().orElseThrow();
                assertEquals(new Position(0, (int) c[2]), d.getRange().getStart(), "encoding " + c[1]);
                assertEquals(new Position(0, (int) c[2] + 7), d.getRange().getEnd(), "encoding " + c[1]);
                // An edit in the same encoding: replace the match with "firefighter".
                int v = tc.change(uri, d.getRange(), "firefighter");
                assertFalse(codes(tc.diagnostics(uri, v)).contains("gender.fireman"));
                tc.change(uri, new Range(new Position(0, (int) c[2]), new Position(0, (int) c[2])), "policeman ");
                PublishDiagnosticsParams after = tc.diagnostics(uri, v + 1);
                assertEquals(List.of("gender.policeman"), codes(after), "encoding " + c[1]);
                assertEquals(new Position(0, (int) c[2]), after.getDiagnostics().get(0).getRange().getStart());
            }
        }
    }

    @Test
    void hoverShowsTheRuleExplanation() throws Exception {
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        PublishDiagnosticsParams p = client.diagnostics(uri, 1);
        Diagnostic d = p.getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("gender.fireman"))
                .findFirst().orElseThrow();
        Hover h = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(2, d.getRange().getStart().getCharacter() + 2))).get(30, TimeUnit.SECONDS);
        var rule = org.lihaaz.engine.Lihaaz.builder().build().rules().get("gender.fireman").orElseThrow();
        assertEquals(RuleExplanation.of(rule).strip(), h.getContents().getRight().getValue());
        assertEquals(d.getRange(), h.getRange());
        assertEquals(null, client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(2, 0))).get(30, TimeUnit.SECONDS));
    }

    private List<CodeAction> actions(String uri, Range range, List<String> only) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(List.of(), only));
        return client.server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
                .map(Either::getRight).toList();
    }

    private static List<TextEdit> edits(CodeAction a, String uri) {
        return a.getEdit().getChanges().get(uri);
    }

    private Range rangeOf(PublishDiagnosticsParams p, String rule) {
        return p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals(rule)).findFirst().orElseThrow()
                .getRange();
    }

    @Test
    void quickFixesReplaceWithEachSuggestionTheFirstPreferred() throws Exception {
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        Range r = rangeOf(client.diagnostics(uri, 1), "disability.handicapped");
        List<CodeAction> fixes = actions(uri, r, List.of("quickfix")).stream()
                .filter(a -> a.getTitle().startsWith("Replace")).toList();
        // Only the replacement that fits before a noun is offered ("the disabled people workers" would not read).
        assertEquals(1, fixes.size(), fixes.toString());
        assertTrue(fixes.get(0).getIsPreferred());
        assertEquals("The chairman met the disabled workers.",
                TestClient.apply(DRAFT, edits(fixes.get(0), uri), Encoding.UTF16).lines().findFirst().orElseThrow());
        Range fire = rangeOf(client.diagnostics(uri, 1), "gender.fireman");
        List<CodeAction> two = actions(uri, fire, List.of("quickfix")).stream()
                .filter(a -> a.getTitle().startsWith("Replace")).toList();
        assertTrue(two.stream().filter(CodeAction::getIsPreferred).count() <= 1, two.toString());
    }

    @Test
    void ignoreHereAndDisableInFileWriteEachFormatsDirective() throws Exception {
        client.initialize(null, null);
        String[][] docs = {
            {"a.md", "markdown", "Intro.\n\n  Every fireman came.\n", "  <!-- lihaaz-disable-next-line gender.fireman -->\n"},
            {"t.md", "markdown", "| who | what |\n| --- | --- |\n| a fireman | came |\n| a policeman | came |\n\nAfter.\n",
                "<!-- lihaaz-disable gender.fireman -->\n| who"},
            {"a.html", "html", "<p>Every fireman came.</p>\n", "<!-- lihaaz-disable-next-line gender.fireman -->\n"},
            {"a.txt", "plaintext", "Every fireman came.\n", "lihaaz-disable-next-line gender.fireman\n"},
            {"a.fountain", "fountain", "INT. HALL - DAY\n\nEvery fireman came.\n", "lihaaz-disable-next-line gender.fireman\n"},
            {"a.vtt", "vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nEvery fireman came.\n",
                "NOTE lihaaz-disable gender.fireman"},
        };
        for (String[] doc : docs) {
            String uri = write(doc[0], doc[2]);
            client.open(uri, doc[1], doc[2]);
            Range r = rangeOf(client.diagnostics(uri, 1), "gender.fireman");
            List<CodeAction> all = actions(uri, r, null);
            CodeAction ignore = all.stream().filter(a -> a.getTitle().startsWith("Ignore")).findFirst().orElseThrow();
            String ignored = TestClient.apply(doc[2], edits(ignore, uri), Encoding.UTF16);
            assertTrue(ignored.contains(doc[3]), doc[0] + ": " + ignored);
            CodeAction disable = all.stream().filter(a -> a.getTitle().startsWith("Disable")).findFirst().orElseThrow();
            String disabled = TestClient.apply(doc[2], edits(disable, uri), Encoding.UTF16);
            // Both texts, checked again, no longer have the finding, and keep the others.
            List<String> others = codes(client.diagnostics(uri, 1)).stream().filter(c -> !c.equals("gender.fireman"))
                    .toList();
            for (String t : List.of(ignored, disabled)) {
                int v = client.change(uri, null, t);
                PublishDiagnosticsParams p = client.diagnostics(uri, v);
                assertFalse(codes(p).contains("gender.fireman"), doc[0] + ":\n" + t + "\n" + p);
                assertEquals(others, codes(p), doc[0] + ":\n" + t);
                client.change(uri, null, doc[2]);
                client.diagnostics(uri, v + 1);
            }
            assertTrue(all.stream().anyMatch(a -> a.getTitle().startsWith("Allow 'fireman'")));
        }
    }

    @Test
    void subripGetsNoDirectiveActions() throws Exception {
        client.initialize(null, null);
        String text = "1\n00:00:01,000 --> 00:00:02,000\nEvery fireman came.\n";
        String uri = write("a.srt", text);
        client.open(uri, "srt", text);
        Range r = rangeOf(client.diagnostics(uri, 1), "gender.fireman");
        List<CodeAction> all = actions(uri, r, null);
        assertTrue(all.stream().noneMatch(a -> a.getTitle().startsWith("Ignore") || a.getTitle().startsWith("Disable")));
        assertTrue(all.stream().anyMatch(a -> a.getTitle().startsWith("Replace")));
    }

    @Test
    void allowTermEditsTheNearestConfigKeepingCommentsAndRechecks() throws Exception {
        Files.writeString(dir.resolve(".lihaaz.yml"), "# our project\nallow:\n  - \"chairperson\"  # ok\n");
        Path sub = Files.createDirectories(dir.resolve("posts"));
        client.initialize(null, null);
        Path file = sub.resolve("draft.md");
        Files.writeString(file, DRAFT);
        String uri = file.toUri().toString();
        client.open(uri, "markdown", DRAFT);
        Range r = rangeOf(client.diagnostics(uri, 1), "gender.fireman");
        CodeAction allow = actions(uri, r, List.of("quickfix")).stream()
                .filter(a -> a.getTitle().startsWith("Allow")).findFirst().orElseThrow();
        Command c = allow.getCommand();
        client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(c.getCommand(), c.getArguments()))
                .get(30, TimeUnit.SECONDS);
        assertEquals("# our project\nallow:\n  - \"chairperson\"  # ok\n  - \"fireman\"\n",
                Files.readString(dir.resolve(".lihaaz.yml")));
        client.await(p -> p.getUri().equals(uri) && !codes(p).contains("gender.fireman")
                && codes(p).contains("gender.policeman"));
    }

    @Test
    void fixAllAppliesTheSafeFixesAsTheFixPlannerPlansThem() throws Exception {
        client.initialize(null, null);
        String text = "Every fireman and policeman came.\n\nA fireman's hat.\n";
        String uri = write("a.md", text);
        client.open(uri, "markdown", text);
        client.diagnostics(uri, 1);
        List<CodeAction> all = actions(uri, new Range(new Position(0, 0), new Position(0, 0)),
                List.of("source.fixAll"));
        assertEquals(1, all.size(), all.toString());
        assertEquals("source.fixAll.lihaaz", all.get(0).getKind());
        assertEquals("Every firefighter and police officer came.\n\nA firefighter's hat.\n",
                TestClient.apply(text, edits(all.get(0), uri), Encoding.UTF16));
        assertTrue(actions(uri, new Range(new Position(0, 0), new Position(0, 0)), List.of("source.organizeImports"))
                .isEmpty());
    }

    @Test
    void configurationIsReadAgainWhenItChanges() throws Exception {
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        assertTrue(codes(client.diagnostics(uri, 1)).contains("gender.fireman"));
        Path config = dir.resolve(".lihaaz.yml");
        Files.writeString(config, "rules:\n  gender.fireman: off\n");
        client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(config.toUri().toString(), FileChangeType.Created))));
        client.await(p -> p.getUri().equals(uri) && !codes(p).contains("gender.fireman")
                && codes(p).contains("gender.policeman"));
        assertTrue(client.logged.stream().anyMatch(m -> m.getMessage().contains(config.toString())));
    }

    @Test
    void brokenConfigurationIsADiagnosticOnItAndTheServerGoesOn() throws Exception {
        Path config = dir.resolve(".lihaaz.yml");
        Files.writeString(config, "rules:\n  no.such.rule: off\n");
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        String configUri = config.toUri().toString();
        PublishDiagnosticsParams onConfig = client.await(p -> p.getUri().equals(configUri) && !p.getDiagnostics().isEmpty());
        assertEquals(1, onConfig.getDiagnostics().get(0).getRange().getStart().getLine());
        assertTrue(onConfig.getDiagnostics().get(0).getMessage().getLeft().contains("no.such.rule"));
        assertFalse(client.shown.isEmpty());
        Files.writeString(config, "rules:\n  gender.policeman: off\n");
        client.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(configUri, FileChangeType.Changed))));
        client.await(p -> p.getUri().equals(configUri) && p.getDiagnostics().isEmpty());
        client.await(p -> p.getUri().equals(uri) && codes(p).contains("gender.fireman")
                && !codes(p).contains("gender.policeman"));
    }

    @Test
    void editorSettingsChooseSurenessAndTheyCanChange() throws Exception {
        JsonObject options = new JsonObject();
        JsonObject lihaaz = new JsonObject();
        lihaaz.addProperty("sureness", "high");
        options.add("lihaaz", lihaaz);
        client.initialize(options, null);
        String uri = "untitled:draft";
        client.open(uri, "markdown", DRAFT);
        int high = client.diagnostics(uri, 1).getDiagnostics().size();
        JsonObject low = new JsonObject();
        low.addProperty("sureness", "low");
        client.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(low));
        PublishDiagnosticsParams after = client.await(p -> p.getUri().equals(uri) && p.getDiagnostics().size() > high);
        assertNotNull(after);
    }

    @Test
    void documentsOverTheSizeLimitGetANoticeInstead() throws Exception {
        JsonObject options = new JsonObject();
        options.addProperty("maxBytes", 64);
        client.initialize(options, null);
        client.open("untitled:big", "markdown", DRAFT);
        PublishDiagnosticsParams p = client.diagnostics("untitled:big", 1);
        assertEquals(1, p.getDiagnostics().size());
        assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().startsWith("not checked"), p.toString());
        client.open("untitled:small", "markdown", "A fireman.\n");
        assertEquals(List.of("gender.fireman"), codes(client.diagnostics("untitled:small", 1)));
    }

    @Test
    void aCheckOverItsTimeBudgetStopsWithANotice() throws Exception {
        JsonObject options = new JsonObject();
        options.addProperty("budgetMs", 0);
        client.initialize(options, null);
        client.open("untitled:slow", "markdown", DRAFT);
        PublishDiagnosticsParams p = client.diagnostics("untitled:slow", 1);
        assertEquals(1, p.getDiagnostics().size());
        assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().contains("took longer than 0 ms"), p.toString());
    }

    @Test
    void savingAConfigurationInTheEditorReadsItAgain() throws Exception {
        client.initialize(null, null);
        String uri = write("draft.md", DRAFT);
        client.open(uri, "markdown", DRAFT);
        assertTrue(codes(client.diagnostics(uri, 1)).contains("gender.policeman"));
        String config = write(".lihaaz.yml", "rules:\n  gender.policeman: off\n");
        client.server.getTextDocumentService().didSave(
                new org.eclipse.lsp4j.DidSaveTextDocumentParams(new TextDocumentIdentifier(config)));
        client.await(p -> p.getUri().equals(uri) && !codes(p).contains("gender.policeman")
                && codes(p).contains("gender.fireman"));
    }

    @Test
    void findingsThatMayStandInAQuotationAreNotFixable() {
        var rules = org.lihaaz.engine.Lihaaz.builder().build().rules();
        var quotedFlag = rules.get("gbv.survivor-named").orElseThrow();
        var plain = rules.get("gender.fireman").orElseThrow();
        org.lihaaz.source.Position a = new org.lihaaz.source.Position(1, 1, 0);
        org.lihaaz.source.Position b = new org.lihaaz.source.Position(1, 8, 7);
        assertFalse(LihaazLanguageServer.fixable(new Finding(quotedFlag, "x", quotedFlag.level(),
                org.lihaaz.lang.Language.EN, a, b, 0, 7, "fireman", List.of("firefighter"))));
        assertTrue(LihaazLanguageServer.fixable(new Finding(plain, "fireman", plain.level(),
                org.lihaaz.lang.Language.EN, a, b, 0, 7, "fireman", List.of("firefighter"))));
    }

    @Test
    void otherLanguagesAreNotChecked() throws Exception {
        client.initialize(null, null);
        client.open("untitled:x.java", "java", "// fireman\n");
        assertTrue(client.diagnostics("untitled:x.java", 1).getDiagnostics().isEmpty());
    }

    @Test
    void shutdownAndExit() throws Exception {
        client.initialize(null, null);
        client.server.shutdown().get(30, TimeUnit.SECONDS);
        client.server.exit();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TestClient.WAIT_SECONDS);
        while (client.exitCode < 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(0, client.exitCode);
    }
}
