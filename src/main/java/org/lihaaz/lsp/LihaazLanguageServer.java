package org.lihaaz.lsp;

import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.lihaaz.engine.SetupException;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.engine.BlockCache;
import org.lihaaz.engine.Input;
import org.lihaaz.finding.Finding;
import org.lihaaz.fix.Disk;
import org.lihaaz.finding.Edit;
import org.lihaaz.fix.FixPlan;
import org.lihaaz.fix.FixPlanner;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.RuleExplanation;
import org.lihaaz.review.ProjectAllowList;
import org.lihaaz.review.ReviewSession;
import org.lihaaz.yaml.YamlException;

/**
 * {@code lihaaz lsp}: checks the documents an editor has open as they are typed, with the same
 * engine and configuration as {@code lihaaz check}, and offers the fixes, suppressions and allow-list
 * edits of {@code lihaaz review} as code actions. See docs/editors.md.
 */
public final class LihaazLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService,
        WorkspaceService {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".lihaaz";
    static final String ALLOW_COMMAND = "lihaaz.allowTerm";
    /** Documents larger than this (UTF-8 bytes) get a notice instead of a check, unless initializationOptions say otherwise. */
    static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    static final long DEFAULT_DEBOUNCE_MS = 200;
    static final long DEFAULT_BUDGET_MS = 5_000;

    private final IntConsumer exit;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Set<String> brokenConfigs = ConcurrentHashMap.newKeySet();
    private final Map<String, String> configInUse = new ConcurrentHashMap<>();
    private final Scheduler scheduler = new Scheduler();
    private volatile LanguageClient client;
    private volatile Encoding encoding = Encoding.UTF16;
    private volatile Projects projects = new Projects(Settings.NONE);
    private volatile List<Path> roots = List.of();
    private volatile long debounceMs = DEFAULT_DEBOUNCE_MS;
    private volatile long maxBytes = DEFAULT_MAX_BYTES;
    private volatile long budgetMs = DEFAULT_BUDGET_MS;
    private volatile boolean watchDynamically;
    private volatile boolean shutdown;

    /** What one document's last finished check found, on which text. */
    record Checked(Document document, Format format, Projects.Project project, List<Finding> findings) {
    }

    /** Per document: the block cache of its checks and the last result. */
    static final class State {
        final BlockCache cache = new BlockCache();
        volatile Checked last;
    }

    /** @param exit called on the protocol's {@code exit} with the exit code it asks for */
    public LihaazLanguageServer(IntConsumer exit) {
        this.exit = exit;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    // ---- lifecycle ----

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null && params.getCapabilities().getGeneral() != null) {
            encoding = Encoding.negotiate(params.getCapabilities().getGeneral().getPositionEncodings());
        }
        if (params.getCapabilities() != null && params.getCapabilities().getWorkspace() != null
                && params.getCapabilities().getWorkspace().getDidChangeWatchedFiles() != null) {
            watchDynamically = Boolean.TRUE.equals(
                    params.getCapabilities().getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        }
        Object options = params.getInitializationOptions();
        debounceMs = Settings.number(options, "debounceMs", DEFAULT_DEBOUNCE_MS);
        maxBytes = Settings.number(options, "maxBytes", DEFAULT_MAX_BYTES);
        budgetMs = Settings.number(options, "budgetMs", DEFAULT_BUDGET_MS);
        Settings settings = Settings.from(options);
        projects = new Projects(settings);
        List<Path> r = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                pathOf(f.getUri()).ifPresent(r::add);
            }
        }
        roots = List.copyOf(r);

        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        caps.setTextDocumentSync(sync);
        caps.setHoverProvider(true);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, FIX_ALL)));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(ALLOW_COMMAND)));
        caps.setPositionEncoding(encoding.kind());
        InitializeResult result = new InitializeResult(caps, new ServerInfo("lihaaz", version()));
        settings.problems().forEach(p -> log(MessageType.Warning, p));
        return CompletableFuture.completedFuture(result);
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchDynamically && client != null) {
            // A changed configuration or rule pack is read again (see didChangeWatchedFiles).
            List<FileSystemWatcher> watchers = List.of(
                    new FileSystemWatcher(Either.forLeft("**/" + ConfigLoader.FILE_NAME)),
                    new FileSystemWatcher(Either.forLeft("**/*.{yml,yaml}")));
            client.registerCapability(new RegistrationParams(List.of(new Registration("lihaaz-watch",
                    "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        scheduler.close();
        exit.accept(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---- documents ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        Document d = new Document(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText());
        documents.put(d.uri(), d);
        schedule(d.uri(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Document d = documents.get(uri);
        if (d == null) {
            return;
        }
        Integer version = params.getTextDocument().getVersion();
        documents.put(uri, d.changed(params.getContentChanges(), encoding, version == null ? d.version() + 1 : version));
        schedule(uri, debounceMs);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        states.remove(uri);
        scheduler.cancel(uri);
        publish(uri, null, List.of());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Editors without file watching still tell us when a configuration file is saved in them.
        if (isSettingsFile(params.getTextDocument().getUri())) {
            reload(projects.settings(), "saved " + params.getTextDocument().getUri());
        }
    }

    // ---- workspace ----

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Settings s = Settings.from(params.getSettings());
        s.problems().forEach(p -> log(MessageType.Warning, p));
        reload(s, "editor settings changed");
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean relevant = params.getChanges().stream().anyMatch(c -> isSettingsFile(c.getUri()));
        if (relevant) {
            reload(projects.settings(), "files changed: " + params.getChanges().get(0).getUri());
        }
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (!ALLOW_COMMAND.equals(params.getCommand()) || params.getArguments() == null
                || params.getArguments().size() != 2) {
            return CompletableFuture.completedFuture(null);
        }
        String uri = argument(params.getArguments().get(0));
        String term = argument(params.getArguments().get(1));
        return CompletableFuture.supplyAsync(() -> {
            allow(uri, term);
            return null;
        });
    }

    // ---- hover and code actions ----

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Checked c = current(params.getTextDocument().getUri());
        if (c == null) {
            return CompletableFuture.completedFuture(null);
        }
        Lines lines = new Lines(c.document().text());
        int at = encoding.charIndex(lines, params.getPosition());
        List<String> parts = new ArrayList<>();
        Range range = null;
        for (Finding f : c.findings()) {
            if (f.sourceStart() <= at && at <= f.sourceEnd()) {
                parts.add(RuleExplanation.of(f.rule()).strip());
                range = Diagnostics.range(lines, encoding, f.sourceStart(), f.sourceEnd());
            }
        }
        if (parts.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(
                new Hover(new MarkupContent(MarkupKind.PLAINTEXT, String.join("\n\n----\n\n", parts)), range));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        Checked c = current(uri);
        if (c == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new CodeActions(c, encoding, this::fixedFindings).actions(params.getRange(), only);
            } catch (RuntimeException e) {
                logException("code actions for " + uri, e);
                return List.of();
            }
        });
    }

    /**
     * Whether a finding may get a quick fix or take part in fix-all: never one that may stand inside a
     * direct quotation, whose words are not the writer's to change. Findings carry no quotation mark of
     * their own yet; a rule that skips quotations (the default) raises none inside one, and a rule with
     * {@code quoted: flag} may, so its findings get no fix here. This is the one place to read such a mark.
     */
    static boolean fixable(Finding f) {
        return f.notRewritable() == null && f.rule().quoted() != org.lihaaz.rule.Rule.QuotePolicy.FLAG;
    }

    /** The findings a fixed text would get, for the fix planner's re-check. */
    private List<Finding> fixedFindings(Checked c, String text) {
        return c.project().engine().check(Input.ofText(inputName(c.document().uri()), text, c.format())).findings();
    }

    // ---- checking ----

    private void schedule(String uri, long delay) {
        scheduler.schedule(uri, delay, stop -> {
            try {
                check(uri, stop);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // The server runs with a small heap (docs/editors.md); a check that outgrows it has let go of
                // what it held once unwound, so the server says so on the document and goes on.
                logException("checking " + uri, e);
                Document d = documents.get(uri);
                if (d != null) {
                    publish(uri, d.version(), List.of(Diagnostics.notice("Lihaaz could not check this document ("
                            + e + "); the editor's log of the language server has the details",
                            DiagnosticSeverity.Error)));
                }
            }
        });
    }

    private void check(String uri, BooleanSupplier superseded) {
        Document d = documents.get(uri);
        if (d == null) {
            return;
        }
        State state = states.computeIfAbsent(uri, u -> new State());
        Optional<Path> path = pathOf(uri);
        Projects.Project project;
        try {
            project = projects.forFile(path.orElse(null));
        } catch (YamlException e) {
            configBroken(e);
            publish(uri, d.version(), List.of(Diagnostics.notice("not checked: " + e.getMessage(),
                    DiagnosticSeverity.Error)));
            return;
        } catch (SetupException e) {
            publish(uri, d.version(), List.of(Diagnostics.notice("not checked: " + e.getMessage(),
                    DiagnosticSeverity.Error)));
            return;
        }
        logConfigInUse(uri, project);
        String name = path.map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .orElse(uri);
        Optional<Format> format = Formats.of(d.languageId(), name, project.config());
        if (format.isEmpty()) {
            publish(uri, d.version(), List.of());
            return;
        }
        long bytes = utf8Length(d.text());
        if (bytes > maxBytes) {
            publish(uri, d.version(), List.of(Diagnostics.notice(String.format(java.util.Locale.ROOT,
                    "not checked: this document is %,d KB, over the editor limit of %,d KB; run 'lihaaz check' on it",
                    bytes / 1024, maxBytes / 1024), DiagnosticSeverity.Information)));
            state.last = null;
            return;
        }
        long deadline = System.nanoTime() + budgetMs * 1_000_000;
        FileReport report;
        try {
            report = project.engine().check(Input.ofText(inputName(uri), d.text(), format.get()), state.cache,
                    () -> superseded.getAsBoolean() || System.nanoTime() > deadline);
        } catch (CancellationException e) {
            if (!superseded.getAsBoolean()) {
                publish(uri, d.version(), List.of(Diagnostics.notice("not checked: checking took longer than "
                        + budgetMs + " ms; run 'lihaaz check' on this document", DiagnosticSeverity.Information)));
            }
            return;
        }
        if (superseded.getAsBoolean()) {
            return;
        }
        Lines lines = new Lines(d.text());
        state.last = new Checked(d, format.get(), project, report.findings());
        publish(uri, d.version(), Diagnostics.all(report.findings(), report.problems(), uri, lines, encoding,
                project.messages()));
    }

    /** The last check of a document when it is of the text the editor holds now; else null. */
    private Checked current(String uri) {
        State s = states.get(uri);
        Document d = documents.get(uri);
        Checked c = s == null ? null : s.last;
        return c != null && d != null && c.document().text().equals(d.text()) ? c : null;
    }

    private void publish(String uri, Integer version, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null && !shutdown) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }

    // ---- configuration ----

    private void reload(Settings settings, String why) {
        projects = new Projects(settings);
        configInUse.clear();
        for (String uri : brokenConfigs) {
            publish(uri, null, List.of());
        }
        brokenConfigs.clear();
        log(MessageType.Info, "reading the configuration again (" + why + ")");
        for (String uri : documents.keySet()) {
            schedule(uri, 0);
        }
    }

    /** A broken .lihaaz.yml: a diagnostic on the file itself, and a message once. */
    private void configBroken(YamlException e) {
        org.lihaaz.yaml.Location where = e.location();
        if (where == null || where.file() == null) {
            return;
        }
        String uri = Path.of(where.file()).toAbsolutePath().toUri().toString();
        Position p = new Position(Math.max(0, where.line() - 1), Math.max(0, where.column() - 1));
        Diagnostic d = new Diagnostic(new Range(p, p), e.reason(), DiagnosticSeverity.Error, Diagnostics.SOURCE);
        if (brokenConfigs.add(uri) && client != null) {
            client.showMessage(new MessageParams(MessageType.Error, "Lihaaz: " + e.getMessage()));
        }
        publish(uri, null, List.of(d));
    }

    private void logConfigInUse(String uri, Projects.Project project) {
        String config = project.config().file() == null ? "the defaults (no .lihaaz.yml found)"
                : project.config().file().toAbsolutePath().toString();
        if (!config.equals(configInUse.put(uri, config))) {
            log(MessageType.Info, uri + ": configuration " + config);
        }
    }

    private void allow(String uri, String term) {
        Optional<Path> file = pathOf(uri);
        if (file.isEmpty() || term == null || term.isBlank()) {
            return;
        }
        try {
            Path config = projects.forFile(file.get()).config().file();
            Path folder = roots.stream().filter(r -> file.get().startsWith(r)).findFirst()
                    .orElse(file.get().toAbsolutePath().getParent());
            Path written = new ProjectAllowList(Disk.real()).add(config, folder, term);
            log(MessageType.Info, "'" + term + "' added to the allow: list of " + written);
        } catch (IOException | YamlException | SetupException e) {
            if (client != null) {
                client.showMessage(new MessageParams(MessageType.Error, "Lihaaz: " + e.getMessage()));
            }
            return;
        }
        reload(projects.settings(), "allow: list changed");
    }

    // ---- helpers ----

    private static boolean isSettingsFile(String uri) {
        String u = uri.toLowerCase(java.util.Locale.ROOT);
        return u.endsWith("/" + ConfigLoader.FILE_NAME) || u.endsWith(".yml") || u.endsWith(".yaml");
    }

    static Optional<Path> pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String inputName(String uri) {
        return pathOf(uri).map(Path::toString).orElse(uri);
    }

    private static String argument(Object o) {
        if (o instanceof JsonPrimitive p) {
            return p.getAsString();
        }
        return o == null ? null : o.toString();
    }

    private static long utf8Length(String s) {
        if ((long) s.length() * 3 <= DEFAULT_MAX_BYTES / 2) {
            return s.length();
        }
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, "lihaaz: " + message));
        }
    }

    private void logException(String what, Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        log(MessageType.Error, what + " failed; the server goes on. " + w);
    }

    private static String version() {
        String v = LihaazLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static WorkspaceEdit edit(String uri, List<TextEdit> edits) {
        return new WorkspaceEdit(Map.of(uri, edits));
    }

    static List<TextEdit> textEdits(Lines lines, Encoding enc, List<Edit> edits) {
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            out.add(new TextEdit(Diagnostics.range(lines, enc, e.start(), e.end()), e.replacement()));
        }
        return out;
    }

    static FixPlan planAll(Checked c, java.util.function.BiFunction<Checked, String, List<Finding>> recheck) {
        List<Finding> fixable = c.findings().stream().filter(LihaazLanguageServer::fixable).toList();
        return FixPlanner.planSafe(c.document().text(), fixable, t -> recheck.apply(c, t));
    }

    static String allowTerm(Finding f) {
        return ReviewSession.allowTerm(f);
    }
}
