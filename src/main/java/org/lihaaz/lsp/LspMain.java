package org.lihaaz.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over standard input and output until the client ends it. */
public final class LspMain {
    private LspMain() {
    }

    /**
     * Serves one client on stdio. Anything else writing to standard output would break the protocol,
     * so {@code System.out} is pointed at standard error for as long as the server runs.
     *
     * @return the exit code the protocol's {@code exit} asked for (0 after {@code shutdown})
     */
    public static int run() {
        InputStream in = System.in;
        OutputStream out = System.out;
        PrintStream err = System.err;
        System.setOut(err);
        int[] code = {1};
        LihaazLanguageServer server = new LihaazLanguageServer(c -> {
            code[0] = c;
            // exit ends the process, as the protocol asks; the listener thread may still be reading.
            System.exit(c);
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            err.println("lihaaz lsp: " + e.getCause());
        }
        return code[0];
    }
}
