package org.lihaaz.lsp;

import java.nio.file.Path;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.engine.Engines;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.engine.Setup;
import org.lihaaz.rule.MessageChoice;

/**
 * The configuration and engine of each document, found and built through the engine API ({@link
 * Engines}) exactly as {@code lihaaz check} does for a file at the same path (the nearest {@code .lihaaz.yml} in its folder or above, with the
 * editor's settings in the place of the command line's options), so the editor and the command
 * line give the same findings. Everything is read again after {@link #reload}.
 */
final class Projects {
    private Settings settings;
    private ConfigFinder finder;
    private Engines engines;

    /** A document's configuration, its engine, and the language its messages are in. */
    record Project(ProjectConfig config, Lihaaz engine, MessageChoice messages) {
    }

    Projects(Settings settings) {
        reload(settings);
    }

    synchronized void reload(Settings newSettings) {
        settings = newSettings;
        finder = new ConfigFinder();
        engines = new Engines(Setup.defaults().withLanguage(settings.language()).withSureness(settings.sureness())
                .withMessages(settings.messages()));
    }

    synchronized Settings settings() {
        return settings;
    }

    /**
     * The project of a document; for a document that is no file (an unsaved buffer), the defaults.
     *
     * @throws org.lihaaz.yaml.YamlException when its configuration is broken
     * @throws org.lihaaz.engine.SetupException when its rules cannot be loaded
     */
    synchronized Project forFile(Path file) {
        ProjectConfig config = file == null ? ProjectConfig.DEFAULTS : finder.forFile(file);
        return new Project(config, engines.forConfig(config), engines.messages(config));
    }
}
