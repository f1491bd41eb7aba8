package org.lihaaz.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lihaaz.format.Format;
import org.lihaaz.format.ReaderOptions;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Rule;
import org.lihaaz.suppress.Policy;
import org.lihaaz.yaml.Location;

/**
 * A project's {@code .lihaaz.yml}.
 *
 * @param file       where it was read from; null for the defaults
 * @param language   the language to check text as, or null to leave it to the command line
 * @param failOn     the lowest level that fails a run, or null to leave it to the command line
 * @param sureness   the least sure rules to run, or null for the default (medium)
 * @param packs      packs turned on or off
 * @param rules      per-rule level, or empty for off
 * @param allow      terms accepted project-wide
 * @param ignore     path globs, relative to the config's folder, of files not to check
 * @param extraRules rule folders, resolved against the config's folder
 * @param nameLocations where each pack or rule name under {@code packs:} and {@code rules:} is written
 * @param messages   the language of findings' messages, or null to leave it to the command line
 * @param frontMatter the front-matter keys whose values are prose, or null for the default list
 * @param extensions  file extensions (lower case, no dot) read in folders besides the known ones, with
 *                    the format each is read as; they also override a known extension's format
 * @param baseline    the baseline file of known findings (resolved against the config's folder), or null
 */
public record ProjectConfig(Path file, LanguageChoice language, FailOn failOn, Rule.Sureness sureness,
        Map<String, Boolean> packs,
        Map<String, java.util.Optional<Level>> rules, List<String> allow, List<String> ignore, List<Path> extraRules,
        Map<String, Location> nameLocations, MessageChoice messages, List<String> frontMatter,
        Map<String, Format> extensions, Path baseline) {

    public ProjectConfig {
        packs = Map.copyOf(packs);
        rules = Map.copyOf(rules);
        allow = List.copyOf(allow);
        ignore = List.copyOf(ignore);
        extraRules = List.copyOf(extraRules);
        nameLocations = Map.copyOf(nameLocations);
        frontMatter = frontMatter == null ? null : List.copyOf(frontMatter);
        extensions = Map.copyOf(extensions);
    }

    /** A configuration that leaves messages, front matter and extensions at their defaults. */
    public ProjectConfig(Path file, LanguageChoice language, FailOn failOn, Rule.Sureness sureness,
            Map<String, Boolean> packs, Map<String, java.util.Optional<Level>> rules, List<String> allow,
            List<String> ignore, List<Path> extraRules, Map<String, Location> nameLocations) {
        this(file, language, failOn, sureness, packs, rules, allow, ignore, extraRules, nameLocations, null, null, Map.of(),
                null);
    }

    public static final ProjectConfig DEFAULTS = new ProjectConfig(null, null, null, null, Map.of(), Map.of(), List.of(),
            List.of(), List.of(), Map.of());

    /** What the format readers are told under this configuration. */
    public ReaderOptions readerOptions() {
        return frontMatter == null ? ReaderOptions.DEFAULTS : new ReaderOptions(frontMatter);
    }

    /**
     * The format a file is read in when a folder is searched: by its extension, as configured under
     * {@code extensions:} or else built in; empty when the extension is unknown.
     */
    public java.util.Optional<Format> formatOf(String fileName) {
        Format configured = extensions.get(Format.extension(fileName));
        return configured != null ? java.util.Optional.of(configured) : Format.forFileName(fileName);
    }

    /** The folder globs and rule folders are relative to. */
    public Path base() {
        return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    /** This configuration's rule decisions as a policy. */
    public Policy.Builder policy() {
        Policy.Builder b = Policy.builder();
        packs.forEach((pack, on) -> {
            if (on) {
                b.enable(pack, null);
            } else {
                b.disable(pack);
            }
        });
        rules.forEach((id, level) -> {
            if (level.isPresent()) {
                b.enable(id, level.get());
            } else {
                b.disable(id);
            }
        });
        allow.forEach(b::allow);
        if (sureness != null) {
            b.minSureness(sureness);
        }
        return b;
    }

    /** The threshold for a failing exit code. */
    public enum FailOn {
        SUGGESTION, WARNING, ERROR, NEVER;

        public Level level() {
            return this == NEVER ? null : Level.valueOf(name());
        }
    }
}
