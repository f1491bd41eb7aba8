package org.lihaaz.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lihaaz.format.Format;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.names.DidYouMean;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Rule;
import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.internal.yaml.YamlFields;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.source.SmallFile;
import org.lihaaz.internal.yaml.YamlReader;

/** Reads {@code .lihaaz.yml} strictly: unknown keys and bad values are errors with their line. */
public final class ConfigLoader {
    public static final String FILE_NAME = ".lihaaz.yml";
    private static final Set<String> KEYS = Set.of("language", "fail-on", "sureness", "packs", "rules", "allow", "ignore",
            "extra-rules", "messages", "front-matter", "extensions", "baseline");

    private final YamlReader yaml = new YamlReader();

    public ProjectConfig load(Path file) {
        String display = file.toString();
        String text;
        try {
            // A link to a device or a pipe would never end; a regular file is read only up to the limit.
            byte[] bytes = SmallFile.read(file, YamlReader.MAX_CHARS, "the configuration file");
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new YamlException(new Location(display, 1, 1), "cannot read: " + e.getMessage());
        }
        return parse(text, file);
    }

    public ProjectConfig parse(String text, Path file) {
        String display = file.toString();
        YamlNode root = yaml.read(text, display);
        if (root == null) {
            return new ProjectConfig(file, null, null, null, Map.of(), Map.of(), List.of(), List.of(), List.of(), Map.of());
        }
        YamlFields f = new YamlFields(root, "the configuration").allowOnly(KEYS);
        LanguageChoice language = null;
        if (f.has("language")) {
            String value = f.requiredText("language");
            language = LanguageChoice.parse(lower(value)).orElseThrow(() -> new YamlException(f.node("language").location(),
                    "language must be auto, en, ur or roman-ur, not '" + value + "'"
                    + DidYouMean.hint(value, List.of("auto", "en", "ur", "roman-ur"))));
        }
        ProjectConfig.FailOn failOn = null;
        if (f.has("fail-on")) {
            String value = f.requiredText("fail-on");
            failOn = parseFailOn(lower(value)).orElseThrow(() -> new YamlException(f.node("fail-on").location(),
                    "fail-on must be suggestion, warning, error or never, not '" + value + "'"
                    + DidYouMean.hint(value, List.of("suggestion", "warning", "error", "never"))));
        }
        Rule.Sureness sureness = null;
        if (f.has("sureness")) {
            String value = f.requiredText("sureness");
            sureness = parseSureness(lower(value)).orElseThrow(() -> new YamlException(f.node("sureness").location(),
                    "sureness must be low, medium or high, not '" + value + "'"
                    + DidYouMean.hint(value, List.of("low", "medium", "high"))));
        }
        MessageChoice messages = null;
        if (f.has("messages")) {
            String value = f.requiredText("messages");
            messages = MessageChoice.parse(lower(value)).orElseThrow(() -> new YamlException(f.node("messages").location(),
                    "messages must be native or en, not '" + value + "'" + DidYouMean.hint(value, List.of("native", "en"))));
        }
        Map<String, Location> locations = new LinkedHashMap<>();
        Map<String, Boolean> packs = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(f, "packs")) {
            String v = switchValue(e);
            if (!v.equals("on") && !v.equals("off")) {
                throw new YamlException(e.value().location(), "pack '" + e.key() + "' must be on or off, not '" + v + "'");
            }
            packs.put(e.key(), v.equals("on"));
            locations.put(e.key(), e.keyLocation());
        }
        Map<String, Optional<Level>> rules = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(f, "rules")) {
            String v = switchValue(e);
            if (v.equals("off")) {
                rules.put(e.key(), Optional.empty());
            } else {
                Level level = Level.parse(v).orElseThrow(() -> new YamlException(e.value().location(),
                        "rule '" + e.key() + "' must be off, suggestion, warning or error, not '" + v + "'"));
                rules.put(e.key(), Optional.of(level));
            }
            locations.put(e.key(), e.keyLocation());
        }
        List<String> allow = f.texts("allow", false);
        List<String> ignore = f.texts("ignore", false);
        List<Path> extra = new ArrayList<>();
        Path base = file.toAbsolutePath().getParent();
        List<String> extraDirs = f.texts("extra-rules", false);
        YamlNode extraNode = f.node("extra-rules");
        for (int i = 0; i < extraDirs.size(); i++) {
            String dir = extraDirs.get(i);
            Location at = extraNode instanceof YamlNode.Sequence seq ? seq.items().get(i).location()
                    : f.keyLocation("extra-rules");
            Path resolved = base.resolve(dir).normalize();
            if (!insideFolder(base, resolved)) {
                throw new YamlException(at, "extra-rules '" + dir + "' is outside the folder of"
                        + " this configuration; a configuration loads rules only from its own folder tree (give other"
                        + " folders with --rules)");
            }
            if (!Files.exists(resolved)) {
                // Said here, at the line that names it, rather than by the rule loader at the folder.
                throw new YamlException(at, "extra-rules '" + dir + "': no such folder (" + resolved + "); create it,"
                        + " e.g. with 'lihaaz rules new', or remove the line");
            }
            extra.add(resolved);
        }
        List<String> frontMatter = f.has("front-matter") ? f.texts("front-matter", false) : null;
        Map<String, Format> extensions = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(f, "extensions")) {
            String ext = e.key().strip().toLowerCase(Locale.ROOT);
            if (ext.startsWith(".")) {
                ext = ext.substring(1);
            }
            String v = YamlFields.text(e.value(), e.key()).strip().toLowerCase(Locale.ROOT);
            Format format = Format.forId(v).orElseThrow(() -> new YamlException(e.value().location(),
                    "extension '" + e.key() + "' must be read as one of " + formatIds() + ", not '" + v + "'"));
            extensions.put(ext, format);
        }
        Path baseline = null;
        if (f.has("baseline")) {
            String value = f.requiredText("baseline").strip();
            if (value.isEmpty()) {
                throw new YamlException(f.node("baseline").location(), "baseline must name a file, relative to this configuration");
            }
            baseline = base.resolve(value).normalize();
        }
        return new ProjectConfig(file, language, failOn, sureness, packs, rules, allow, ignore, extra, locations,
                messages, frontMatter, extensions, baseline);
    }

    /**
     * Whether {@code path} lies in {@code folder}, links resolved where the path exists: a
     * configuration from an untrusted repository must not make Lihaaz read files elsewhere.
     */
    private static boolean insideFolder(Path folder, Path path) {
        if (!path.startsWith(folder)) {
            return false;
        }
        try {
            return !Files.exists(path) || path.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String formatIds() {
        List<String> ids = new ArrayList<>();
        for (Format f : Format.values()) {
            ids.add(f.id());
        }
        return String.join(", ", ids);
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProjectConfig.FailOn> parseFailOn(String value) {
        for (ProjectConfig.FailOn v : ProjectConfig.FailOn.values()) {
            if (v.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public static Optional<Rule.Sureness> parseSureness(String value) {
        for (Rule.Sureness v : Rule.Sureness.values()) {
            if (v.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static List<YamlNode.Entry> entries(YamlFields f, String key) {
        YamlNode n = f.node(key);
        if (n == null || YamlFields.isNull(n)) {
            return List.of();
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            throw new YamlException(n.location(), "'" + key + "' must be a map, not a " + n.kind());
        }
        return new ArrayList<>(m.entries().values());
    }

    /** YAML 1.1 readers turn off/on into booleans; accept both spellings. */
    private static String switchValue(YamlNode.Entry e) {
        String v = YamlFields.text(e.value(), e.key()).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "false", "no" -> "off";
            case "true", "yes" -> "on";
            default -> v;
        };
    }
}
