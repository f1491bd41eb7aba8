package org.lihaaz.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Print a completion script for bash or zsh.",
            "",
            "It completes commands, options, file paths, option values (--lang, --format, --fail-on and the like), "
                + "rule ids and pack names.",
            "",
            "bash: source <(lihaaz completion)",
            "zsh:  autoload -U +X bashcompinit && bashcompinit && source <(lihaaz completion)"},
        mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("lihaaz", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
