package org.lihaaz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Extra rule folders, shared by the commands that load rules. */
final class RuleFolderOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Also load the rule packs in DIR (DIR/<language>/<pack>.yml). Repeatable.")
    List<Path> folders = new ArrayList<>();
}
