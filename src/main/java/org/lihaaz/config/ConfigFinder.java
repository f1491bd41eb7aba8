package org.lihaaz.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the configuration that governs a file: the nearest {@code .lihaaz.yml} in its folder or a
 * folder above it. Each folder is looked at once per run.
 */
public final class ConfigFinder {
    private final ConfigLoader loader = new ConfigLoader();
    private final ConcurrentHashMap<Path, ProjectConfig> byFolder = new ConcurrentHashMap<>();

    /** The governing configuration for a file or stdin name (resolved against the working folder). */
    public ProjectConfig forFile(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? ProjectConfig.DEFAULTS : forFolder(folder);
    }

    private ProjectConfig forFolder(Path folder) {
        ProjectConfig cached = byFolder.get(folder);
        if (cached != null) {
            return cached;
        }
        Path candidate = folder.resolve(ConfigLoader.FILE_NAME);
        ProjectConfig found;
        if (Files.isRegularFile(candidate)) {
            found = loader.load(candidate);
        } else {
            Path parent = folder.getParent();
            found = parent == null ? ProjectConfig.DEFAULTS : forFolder(parent);
        }
        byFolder.putIfAbsent(folder, found);
        return found;
    }
}
