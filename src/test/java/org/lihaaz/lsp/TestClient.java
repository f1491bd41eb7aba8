package org.lihaaz.lsp;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP client in the test's process, talking JSON-RPC to a real server over pipes: what it
 * is sent (diagnostics, messages, log lines) is collected for assertions.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    /** Long enough for a loaded CI machine; tests wait for a condition, never for a time. */
    static final long WAIT_SECONDS = 60;

    final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
    final List<MessageParams> logged = new CopyOnWriteArrayList<>();
    final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    final Map<String, Integer> versions = new ConcurrentHashMap<>();
    final LanguageServer server;
    final LihaazLanguageServer impl;
    int exitCode = -1;
    private final Object lock = new Object();

    TestClient() throws IOException {
        // NIO pipes, not java.io's piped streams: those fail once a thread that wrote to them ends,
        // and LSP4J answers requests from whichever thread completes them.
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        impl = new LihaazLanguageServer(code -> exitCode = code);
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
        impl.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
        clientSide.startListening();
        server = clientSide.getRemoteProxy();
    }

    InitializeResult initialize(JsonObject options, List<String> encodings) throws Exception {
        InitializeParams p = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(encodings);
        caps.setGeneral(general);
        p.setCapabilities(caps);
        JsonObject o = options == null ? new JsonObject() : options;
        if (!o.has("debounceMs")) {
            o.addProperty("debounceMs", 20);
        }
        p.setInitializationOptions(o);
        InitializeResult r = server.initialize(p).get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return r;
    }

    void open(String uri, String languageId, String text) {
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    }

    /** Sends one incremental change; returns the new version. */
    int change(String uri, Range range, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(range, text))));
        return v;
    }

    /** The first diagnostics published for {@code uri} at {@code version} (waits for them). */
    PublishDiagnosticsParams diagnostics(String uri, int version) throws InterruptedException {
        return await(p -> p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version);
    }

    PublishDiagnosticsParams await(Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (lock) {
            while (true) {
                for (PublishDiagnosticsParams p : published) {
                    if (wanted.test(p)) {
                        return p;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such diagnostics were published; got " + published + "\nlog: " + logged);
                }
                lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** The text after applying LSP edits (UTF-16 positions) to it. */
    static String apply(String text, List<TextEdit> edits, Encoding enc) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        Lines lines = new Lines(text);
        sorted.sort((a, b) -> Integer.compare(enc.charIndex(lines, b.getRange().getStart()),
                enc.charIndex(lines, a.getRange().getStart())));
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) {
            b.replace(enc.charIndex(lines, e.getRange().getStart()), enc.charIndex(lines, e.getRange().getEnd()),
                    e.getNewText());
        }
        return b.toString();
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        synchronized (lock) {
            published.add(diagnostics);
            lock.notifyAll();
        }
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        shown.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        logged.add(message);
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
