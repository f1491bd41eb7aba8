package org.lihaaz.batch;

import java.nio.file.Path;
import java.util.List;
import org.lihaaz.engine.Setup;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Rule;

/**
 * How to run a batch check; everything here overrides the projects' configuration files.
 *
 * @param language     the language to check as, or null to follow configuration (default auto)
 * @param extraRules   rule folders to load besides the built-in packs
 * @param enable       rule ids or packs to turn on
 * @param disable      rule ids or packs to turn off
 * @param config       one configuration file for every input, or null to find the nearest per file
 * @param threads      worker threads; 0 for one per core
 * @param stdinName    the name to report standard input under, and to choose its format by
 * @param sureness     the least sure rules to run, or null to follow configuration (default medium)
 * @param messages     the language of findings' messages, or null to follow configuration (default native)
 */
public record BatchOptions(LanguageChoice language, List<Path> extraRules, List<String> enable, List<String> disable,
        Path config, int threads, String stdinName, Rule.Sureness sureness, MessageChoice messages) {
    public BatchOptions {
        extraRules = List.copyOf(extraRules);
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
    }

    /** Options that leave the message language to configuration. */
    public BatchOptions(LanguageChoice language, List<Path> extraRules, List<String> enable, List<String> disable,
            Path config, int threads, String stdinName, Rule.Sureness sureness) {
        this(language, extraRules, enable, disable, config, threads, stdinName, sureness, null);
    }

    /** The same choices for building engines ({@link org.lihaaz.engine.Engines}). */
    public Setup setup() {
        return new Setup(language, sureness, messages, extraRules, enable, disable, false);
    }

    public static BatchOptions defaults() {
        return new BatchOptions(null, List.of(), List.of(), List.of(), null, 0, null, null, null);
    }
}
