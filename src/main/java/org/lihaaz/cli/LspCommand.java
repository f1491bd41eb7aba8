package org.lihaaz.cli;

import java.util.concurrent.Callable;
import org.lihaaz.lsp.LspMain;
import picocli.CommandLine.Command;

/** {@code lihaaz lsp}: starts the language server on stdio (docs/editors.md). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the language server for editors, speaking LSP on standard input and output.",
            "Editors start it themselves; see docs/editors.md."})
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return LspMain.run();
    }
}
