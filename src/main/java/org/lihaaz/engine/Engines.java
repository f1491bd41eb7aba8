package org.lihaaz.engine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.names.DidYouMean;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.suppress.Policy;
import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;

/**
 * Engines built from configuration files, the way {@code lihaaz check} builds them: the built-in
 * packs (loaded once and shared), the packs a configuration names, its policy, with a program's
 * {@link Setup} over the configuration. One engine per distinct configuration, built on first use
 * and kept; thread-safe.
 *
 * <pre>{@code
 * Engines engines = new Engines(Setup.defaults().withSureness(Rule.Sureness.HIGH));
 * Lihaaz forPost = engines.forFile(Path.of("blog/post.md"));       // the nearest .lihaaz.yml
 * Lihaaz forRun = engines.forConfigFile(Path.of("job/.lihaaz.yml"));
 * }</pre>
 */
public final class Engines {
    private final Setup setup;
    private final RuleLoader ruleLoader = new RuleLoader();
    private final Map<ProjectConfig, Lihaaz> engines = new HashMap<>();
    private ConfigFinder finder;
    private BuiltInRules builtIn;

    public Engines(Setup setup) {
        this.setup = Objects.requireNonNull(setup);
    }

    public Setup setup() {
        return setup;
    }

    /**
     * The engine for a configuration file.
     *
     * @throws YamlException  when the file cannot be read or is not a valid configuration (file:line:column)
     * @throws SetupException when its rules cannot be loaded
     */
    public Lihaaz forConfigFile(Path lihaazYml) {
        return forConfig(new ConfigLoader().load(lihaazYml));
    }

    /**
     * The engine for a file: the configuration is the nearest {@code .lihaaz.yml} in its folder or
     * above (the defaults when there is none).
     *
     * @throws YamlException  when that configuration is broken
     * @throws SetupException when its rules cannot be loaded
     */
    public Lihaaz forFile(Path file) {
        ConfigFinder f;
        synchronized (this) {
            if (finder == null) {
                finder = new ConfigFinder();
            }
            f = finder;
        }
        return forConfig(f.forFile(file));
    }

    /** The language findings' messages are in for a configuration: the setup's, the file's, or the text's own. */
    public MessageChoice messages(ProjectConfig config) {
        return setup.messages() != null ? setup.messages()
                : config.messages() != null ? config.messages() : MessageChoice.NATIVE;
    }

    /**
     * The engine for a configuration already loaded, built on first use.
     *
     * @throws YamlException  when the configuration names a rule or pack that does not exist
     * @throws SetupException when rules cannot be loaded, or the setup names an unknown rule
     */
    public synchronized Lihaaz forConfig(ProjectConfig config) {
        Lihaaz engine = engines.get(config);
        if (engine != null) {
            return engine;
        }
        BuiltInRules packs = builtIn();
        RuleSet extras = RuleSet.empty();
        // Folders the program names are the user's own; those a configuration names must not lead out of its folder.
        Map<Path, RuleLoader> folders = new LinkedHashMap<>();
        setup.extraRules().forEach(f -> folders.put(f, ruleLoader));
        RuleLoader confined = ruleLoader.confinedTo(config.base());
        config.extraRules().forEach(f -> folders.putIfAbsent(f, confined));
        for (Map.Entry<Path, RuleLoader> folder : folders.entrySet()) {
            RuleLoader.Result extra = folder.getValue().load(folder.getKey());
            if (!extra.ok()) {
                throw SetupException.of(extra.errors());
            }
            try {
                extras = extras.plus(extra.rules());
            } catch (YamlException e) {
                throw SetupException.of(List.of(e));
            }
        }
        RuleSet rules;
        try {
            rules = packs.rules().plus(extras);
        } catch (YamlException e) {
            throw SetupException.of(List.of(e));
        }
        for (Map.Entry<String, Location> e : config.nameLocations().entrySet()) {
            if (!rules.knows(e.getKey())) {
                throw new YamlException(e.getValue(), "no rule or pack is called '" + e.getKey() + "'"
                        + DidYouMean.hint(e.getKey(), rules.names()));
            }
        }
        Policy.Builder policy = config.policy();
        if (setup.sureness() != null) {
            policy.minSureness(setup.sureness());
        }
        for (String name : setup.disable()) {
            requireKnown(rules, name, "--disable");
            policy.disable(name);
        }
        for (String name : setup.enable()) {
            requireKnown(rules, name, "--enable");
            policy.enable(name, null);
        }
        LanguageChoice language = setup.language() != null ? setup.language()
                : config.language() != null ? config.language() : LanguageChoice.AUTO;
        Lihaaz.Builder builder = Lihaaz.builder().builtIn(packs).extraRules(extras).policy(policy.build())
                .language(language).messages(messages(config)).readerOptions(config.readerOptions());
        engine = (setup.wholeFiles() ? builder.wholeFiles() : builder).build();
        engines.put(config, engine);
        return engine;
    }

    private BuiltInRules builtIn() {
        if (builtIn == null) {
            try {
                builtIn = BuiltInRules.load();
            } catch (BuiltInRules.BrokenRulesException e) {
                throw SetupException.of(e.errors());
            }
        }
        return builtIn;
    }

    private static void requireKnown(RuleSet rules, String name, String option) {
        if (!rules.knows(name)) {
            throw new SetupException(List.of(option + " " + name + ": no rule or pack is called '" + name + "'"
                    + DidYouMean.hint(name, rules.names())));
        }
    }
}
