package org.lihaaz.report;

import java.time.Instant;
import java.util.List;

/**
 * What a run was asked to do, for reports that people share and read later (the HTML report's
 * header): without it, an editor holding the file cannot tell when it was made, over what, or with
 * which settings.
 *
 * @param madeAt        when the run started
 * @param inputs        the paths as given on the command line ("-" for standard input)
 * @param configuration the configuration file that settled the run (--config or the nearest to the
 *                      working folder), or null for the built-in defaults; folders with their own
 *                      file use theirs
 * @param language      the language setting ("auto" when detected per file)
 * @param sureness      the least sure rules that ran
 */
public record RunInfo(Instant madeAt, List<String> inputs, String configuration, String language, String sureness) {
    public RunInfo {
        inputs = List.copyOf(inputs);
    }
}
