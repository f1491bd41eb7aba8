package org.lihaaz.internal.rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.internal.yaml.YamlFields;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * The word classes a set of packs can name: those of the built-in folder and those of the rule
 * folder being loaded ({@code <folder>/classes/<name>.yml}). Loading is as strict as for packs.
 */
public final class WordClasses {
    /** The folder beside the language folders that holds class files. */
    public static final String FOLDER = "classes";

    private static final Set<String> KEYS = Set.of("class", "description", "words", "inflect");
    /** Characters of the pattern language: an entry is plain words, never a pattern. */
    private static final String PATTERN_CHARS = "()|*{}[]";

    private final Map<String, WordClass> byName;

    private WordClasses(Map<String, WordClass> byName) {
        this.byName = java.util.Collections.unmodifiableMap(byName);
    }

    public static WordClasses empty() {
        return new WordClasses(new TreeMap<>());
    }

    public Optional<WordClass> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<WordClass> all() {
        return byName.values();
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * These classes with {@code other}'s on top: a folder's own class replaces a built-in one of the
     * same name for that folder's rules (copy the built-in file and add words to extend it).
     */
    public WordClasses overriddenBy(WordClasses other) {
        if (other.byName.isEmpty()) {
            return this;
        }
        Map<String, WordClass> map = new TreeMap<>(byName);
        map.putAll(other.byName);
        return new WordClasses(map);
    }

    /**
     * The class files in {@code root}/classes; none when the folder is absent. With {@code confine}, a
     * file whose real path lies outside it (a link out of an untrusted repository) is refused.
     */
    public static WordClasses load(Path root, String display, Path confine, List<YamlException> errors) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            errors.add(new YamlException(new Location(display + "/" + FOLDER, 1, 1), "cannot list: " + e.getMessage()));
            return empty();
        }
        Map<String, WordClass> map = new TreeMap<>();
        for (Path f : files) {
            String shown = display + "/" + FOLDER + "/" + f.getFileName();
            if (!Files.isRegularFile(f)) {
                errors.add(new YamlException(new Location(shown, 1, 1), "not a regular file; not read"));
                continue;
            }
            if (confine != null && !insideOf(f, confine)) {
                errors.add(new YamlException(new Location(shown, 1, 1), "a link to a file outside " + confine
                        + "; a configuration loads rules only from its own folder tree"));
                continue;
            }
            try {
                byte[] bytes;
                try (var in = Files.newInputStream(f)) {
                    bytes = in.readNBytes(YamlReader.MAX_CHARS + 1);
                }
                String name = f.getFileName().toString();
                WordClass c = parse(new String(bytes, StandardCharsets.UTF_8), shown, name.substring(0, name.length() - 4));
                map.put(c.name(), c);
            } catch (YamlException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new YamlException(new Location(shown, 1, 1), "cannot read: " + e.getMessage()));
            }
        }
        return new WordClasses(map);
    }

    /** Parses one class file; {@code name} is its file name without .yml. */
    public static WordClass parse(String text, String file, String name) {
        YamlNode root = new YamlReader().read(text, file);
        if (root == null) {
            throw new YamlException(new Location(file, 1, 1), "a word class file is empty");
        }
        YamlFields f = new YamlFields(root, "a word class").allowOnly(KEYS);
        String declared = f.requiredText("class");
        if (!declared.equals(name)) {
            throw new YamlException(f.node("class").location(), "class '" + declared + "' must be named as its file, '"
                    + name + "'");
        }
        if (!PatternSyntax.CLASS_NAME.matcher(name).matches()) {
            throw new YamlException(f.node("class").location(), "a class name is lower-case words joined by hyphens, not '"
                    + name + "'");
        }
        String description = f.requiredText("description");
        String inflect = f.optionalText("inflect", "noun");
        if (!inflect.equals("noun") && !inflect.equals("none")) {
            throw new YamlException(f.node("inflect").location(), "'inflect' must be noun or none, not '" + inflect + "'");
        }
        if (!f.has("words")) {
            throw new YamlException(f.location(), "a word class is missing 'words' (en, ur, roman-ur)");
        }
        Set<String> codes = new java.util.LinkedHashSet<>();
        for (Language l : Language.values()) {
            codes.add(l.code());
        }
        YamlFields words = new YamlFields(f.node("words"), "'words'").allowOnly(codes);
        Map<Language, List<String>> byLanguage = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (!words.has(l.code())) {
                throw new YamlException(words.location(), "'words' is missing '" + l.code() + "': every class lists words "
                        + "in English, Urdu and Roman Urdu");
            }
            List<String> list = new ArrayList<>(words.texts(l.code(), true));
            YamlNode node = words.node(l.code());
            for (int i = 0; i < list.size(); i++) {
                String entry = list.get(i).strip();
                for (char c : PATTERN_CHARS.toCharArray()) {
                    if (entry.indexOf(c) >= 0 || entry.contains("...")) {
                        throw new YamlException(itemLocation(node, i), "class entry '" + entry + "' is plain words, not "
                                + "a pattern; list each form as its own entry");
                    }
                }
                list.set(i, entry);
            }
            byLanguage.put(l, List.copyOf(new java.util.LinkedHashSet<>(list)));
        }
        return new WordClass(name, description, byLanguage, inflect.equals("noun"), f.location());
    }

    private static boolean insideOf(Path file, Path confine) {
        try {
            return file.toRealPath().startsWith(confine);
        } catch (IOException e) {
            return false;
        }
    }

    private static Location itemLocation(YamlNode list, int index) {
        if (list instanceof YamlNode.Sequence s && index < s.items().size()) {
            return s.items().get(index).location();
        }
        return list.location();
    }
}
