package org.lihaaz.rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.internal.yaml.YamlFields;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Reads guide checklists ({@code rules/guides/<id>.yml}, see {@link Guide}) strictly, and checks that
 * every rule id they name exists.
 */
public final class GuideLoader {
    /** The folder beside the language folders that holds guide checklists. */
    public static final String FOLDER = "guides";

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("guide", "title", "source", "entries"));
    private static final Set<String> ENTRY_KEYS = new LinkedHashSet<>(List.of("entry", "rules", "reason"));

    private final YamlReader yaml = new YamlReader();

    /** Guides read, and the problems found on the way. */
    public record Result(List<Guide> guides, List<YamlException> errors) {
        public Result {
            guides = List.copyOf(guides);
            errors = List.copyOf(errors);
        }
    }

    /** Every guide in {@code folder} (none when it does not exist), checked against {@code rules}. */
    public Result load(Path folder, String display, RuleSet rules) {
        List<Guide> guides = new ArrayList<>();
        List<YamlException> errors = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Result(guides, errors);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            return new Result(guides, List.of(new YamlException(new Location(display, 1, 1), "cannot list: " + e.getMessage())));
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String shown = display + "/" + name;
            try {
                Guide g = parse(Files.readString(f, StandardCharsets.UTF_8), shown, name.substring(0, name.length() - 4), rules);
                guides.add(g);
            } catch (YamlException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(new YamlException(new Location(shown, 1, 1), "cannot read: " + e.getMessage()));
            }
        }
        return new Result(guides, errors);
    }

    /** One guide from text; the first problem is thrown. */
    public Guide parse(String text, String file, String fileId, RuleSet rules) {
        YamlNode root = yaml.read(text, file);
        if (root == null) {
            throw new YamlException(new Location(file, 1, 1), "an empty guide file");
        }
        YamlFields f = new YamlFields(root, "a guide").allowOnly(KEYS);
        String id = f.requiredText("guide");
        if (!id.equals(fileId)) {
            throw new YamlException(f.node("guide").location(), "guide '" + id + "' must be written in " + id + ".yml");
        }
        YamlNode list = f.node("entries");
        if (!(list instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw new YamlException(list == null ? f.location() : list.location(), "a guide needs a list of 'entries'");
        }
        List<Guide.Entry> entries = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (YamlNode item : seq.items()) {
            YamlFields e = new YamlFields(item, "a guide entry").allowOnly(ENTRY_KEYS);
            String entry = e.requiredText("entry");
            if (!seen.add(entry)) {
                throw new YamlException(e.node("entry").location(), "entry '" + entry + "' is listed twice");
            }
            if (e.has("rules") == e.has("reason")) {
                throw new YamlException(e.location(), "entry '" + entry + "' has either 'rules' (ids that cover it) or 'reason' "
                        + "(why none does), not " + (e.has("rules") ? "both" : "neither"));
            }
            List<String> ids = e.texts("rules", false);
            YamlNode idNodes = e.node("rules");
            for (int i = 0; i < ids.size(); i++) {
                if (rules.get(ids.get(i)).isEmpty()) {
                    Location at = idNodes instanceof YamlNode.Sequence s && i < s.items().size() ? s.items().get(i).location()
                            : idNodes.location();
                    throw new YamlException(at, "guide '" + id + "' names no rule '" + ids.get(i) + "'"
                            + org.lihaaz.names.DidYouMean.hint(ids.get(i), rules.rules().stream().map(Rule::id).toList()));
                }
            }
            if (e.has("rules") && ids.isEmpty()) {
                throw new YamlException(e.node("rules").location(), "'rules' must not be empty; give a 'reason' instead");
            }
            entries.add(new Guide.Entry(entry, ids, e.optionalText("reason", null), e.location()));
        }
        return new Guide(id, f.requiredText("title"), f.requiredText("source"), entries, f.location());
    }
}
