package org.lihaaz.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.engine.Engines;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.engine.Setup;
import org.lihaaz.lang.LanguageChoice;

/**
 * What an engine is built from, small enough to ship with every task: the configuration file's
 * text (read once on the driver), the name it had there, and the command line's overrides.
 * Equal settings give the same engine, built once per executor JVM ({@link #engine()}).
 *
 * @param configText the {@code .lihaaz.yml} text, or null for the defaults
 * @param configName where it was read on the driver: its folder is where its {@code extra-rules:} are
 *                   looked for, so those must be at the same path on every executor
 * @param lang       {@code auto}, {@code en}, {@code ur}, {@code roman-ur}, or null to follow the configuration
 * @param sureness   {@code low}, {@code medium}, {@code high}, or null to follow the configuration
 */
public record EngineSettings(String configText, String configName, String lang, String sureness)
        implements Serializable {

    /**
     * Engines of this JVM, one per distinct settings. Building one loads and indexes every rule
     * (hundreds of milliseconds): doing it once per executor rather than per task or per row is the
     * difference between a job that scales and one that spends its time starting. Engines are
     * immutable and thread-safe, so tasks running side by side in an executor share one.
     */
    private static final ConcurrentMap<EngineSettings, Lihaaz> ENGINES = new ConcurrentHashMap<>();

    /** The same settings with another language (a row's own). */
    EngineSettings withLang(String language) {
        return new EngineSettings(configText, configName, language, sureness);
    }

    /** The configuration these settings carry (the defaults when none). */
    ProjectConfig config() {
        return configText == null ? ProjectConfig.DEFAULTS
                : new ConfigLoader().parse(configText, Path.of(configName));
    }

    /**
     * The engine for these settings, built on first use in this JVM exactly as {@code lihaaz check
     * --config FILE --lang L --sureness S} builds it (through the engine API's {@link Engines}), so a document
     * gets the findings the CLI would give it.
     *
     * @throws org.lihaaz.yaml.YamlException or {@link org.lihaaz.engine.SetupException} on a broken
     *         configuration or rule pack
     */
    Lihaaz engine() {
        return ENGINES.computeIfAbsent(this, EngineSettings::build);
    }

    private static Lihaaz build(EngineSettings s) {
        LanguageChoice language = s.lang == null ? null : LanguageChoice.parse(s.lang.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("unknown language '" + s.lang + "'"));
        Setup setup = Setup.defaults().withLanguage(language)
                .withSureness(s.sureness == null ? null : ConfigLoader.parseSureness(s.sureness).orElseThrow());
        return new Engines(setup).forConfig(s.config());
    }
}
