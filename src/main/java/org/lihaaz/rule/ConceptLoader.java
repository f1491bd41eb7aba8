package org.lihaaz.rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.internal.yaml.YamlFields;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Reads concept files ({@code <rule folder>/concepts/<id>.yml}) and checks them against the rules of
 * the same folder: every member exists, is of the language it is listed under, belongs to no other
 * concept and has the concept's level (and fix safety, when the concept gives one). Errors name file,
 * line and column; a concept with an error is left out, the others load.
 */
public final class ConceptLoader {
    /** The folder beside the language folders that holds concept files. */
    public static final String FOLDER = "concepts";

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("concept", "title", "harm", "level", "fix",
            "exceptions", "rules", "none"));
    private static final List<String> REQUIRED = List.of("concept", "title", "harm", "level", "rules");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlReader yaml = new YamlReader();

    /**
     * Parses one concept file; {@code fileId} is its name without {@code .yml}, which the id must equal.
     * Every unknown and missing key is reported at once.
     */
    public List<YamlException> parse(String text, String file, String fileId, List<Concept> out) {
        List<YamlException> errors = new ArrayList<>();
        try {
            YamlNode root = yaml.read(text, file);
            if (root == null) {
                errors.add(new YamlException(new Location(file, 1, 1), "an empty concept file"));
                return errors;
            }
            if (!(root instanceof YamlNode.Mapping map)) {
                errors.add(new YamlException(root.location(), "a concept file is a map (concept, title, harm, level, rules, ...), not a "
                        + root.kind()));
                return errors;
            }
            for (YamlNode.Entry e : map.entries().values()) {
                if (!KEYS.contains(e.key())) {
                    errors.add(new YamlException(e.keyLocation(), "unknown key '" + e.key() + "' in a concept"
                            + org.lihaaz.names.DidYouMean.hint(e.key(), KEYS) + " (known keys: " + String.join(", ", KEYS) + ")"));
                }
            }
            List<String> missing = REQUIRED.stream().filter(k -> !map.entries().containsKey(k)).map(k -> "'" + k + "'").toList();
            if (!missing.isEmpty()) {
                errors.add(new YamlException(map.location(), "the concept is missing " + String.join(", ", missing)));
            }
            if (errors.isEmpty()) {
                out.add(concept(map, fileId));
            }
        } catch (YamlException e) {
            errors.add(e);
        }
        return errors;
    }

    private static Concept concept(YamlNode.Mapping map, String fileId) {
        YamlFields f = new YamlFields(map, "a concept");
        String id = f.requiredText("concept");
        if (!ID.matcher(id).matches()) {
            throw new YamlException(f.node("concept").location(), "a concept id is lower-case words joined by hyphens, not '" + id + "'");
        }
        if (fileId != null && !id.equals(fileId)) {
            throw new YamlException(f.node("concept").location(), "concept '" + id + "' must be written in " + id
                    + ".yml, not " + fileId + ".yml");
        }
        String levelText = f.requiredText("level");
        Level level = Level.parse(levelText).orElseThrow(() -> new YamlException(f.node("level").location(),
                "level must be suggestion, warning or error, not '" + levelText + "'"));
        Rule.FixSafety fix = null;
        if (f.has("fix")) {
            String given = f.requiredText("fix");
            fix = switch (given) {
                case "safe" -> Rule.FixSafety.SAFE;
                case "unsafe" -> Rule.FixSafety.MANUAL;
                default -> throw new YamlException(f.node("fix").location(), "'fix' must be safe or unsafe, not '" + given + "'");
            };
        }
        List<String> exceptions = f.texts("exceptions", false);
        Map<Language, List<Concept.Member>> members = members(f);
        Map<Language, String> none = none(f);
        for (Language l : Language.values()) {
            boolean has = !members.getOrDefault(l, List.of()).isEmpty();
            if (has && none.containsKey(l)) {
                throw new YamlException(f.node("none") instanceof YamlNode.Mapping m ? m.entries().get(l.code()).keyLocation()
                        : f.keyLocation("none"), "'" + l.code() + "' has member rules; drop its 'none' reason");
            }
            if (!has && !none.containsKey(l)) {
                throw new YamlException(f.keyLocation("rules"), "no " + l.displayName() + " rule in concept '" + id
                        + "': list them under rules: " + l.code() + ", or say why there is none under none: " + l.code());
            }
        }
        return new Concept(id, f.requiredText("title"), f.requiredText("harm"), level, fix, exceptions, members, none, f.location());
    }

    private static Map<Language, List<Concept.Member>> members(YamlFields f) {
        YamlFields rules = new YamlFields(f.node("rules"), "'rules'").allowOnly(languageCodes());
        Map<Language, List<Concept.Member>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            YamlNode list = rules.node(l.code());
            if (list == null || YamlFields.isNull(list)) {
                continue;
            }
            if (!(list instanceof YamlNode.Sequence seq)) {
                throw new YamlException(list.location(), "'rules: " + l.code() + "' is a list of rule ids, not a " + list.kind());
            }
            List<Concept.Member> ids = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                ids.add(new Concept.Member(YamlFields.text(item, l.code()), item.location()));
            }
            out.put(l, ids);
        }
        return out;
    }

    private static Map<Language, String> none(YamlFields f) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        if (!f.has("none") || YamlFields.isNull(f.node("none"))) {
            return out;
        }
        YamlFields none = new YamlFields(f.node("none"), "'none'").allowOnly(languageCodes());
        for (Language l : Language.values()) {
            if (none.has(l.code())) {
                out.put(l, none.requiredText(l.code()));
            }
        }
        return out;
    }

    /**
     * Checks concepts against the rules they name; returns the concepts that pass, and adds an error for
     * each problem. Concepts are taken in order: of two naming the same rule, the second is in error.
     */
    public static List<Concept> check(RuleSet rules, List<Concept> concepts, List<YamlException> errors) {
        List<Concept> ok = new ArrayList<>();
        Map<String, Concept> owner = new HashMap<>();
        Map<String, Concept> byId = new HashMap<>();
        for (Concept c : concepts) {
            List<YamlException> problems = new ArrayList<>();
            Concept before = byId.putIfAbsent(c.id(), c);
            if (before != null) {
                problems.add(new YamlException(c.location(), "duplicate concept '" + c.id() + "' (first defined at "
                        + before.location() + ")"));
            }
            for (Language l : Language.values()) {
                for (Concept.Member m : c.members().get(l)) {
                    problems.addAll(memberProblems(rules, c, l, m, owner));
                }
            }
            errors.addAll(problems);
            if (problems.isEmpty()) {
                ok.add(c);
                c.ruleIds().forEach(id -> owner.put(id, c));
            }
        }
        return ok;
    }

    private static List<YamlException> memberProblems(RuleSet rules, Concept c, Language l, Concept.Member m,
            Map<String, Concept> owner) {
        Rule r = rules.get(m.ruleId()).orElse(null);
        if (r == null) {
            return List.of(new YamlException(m.location(), "concept '" + c.id() + "' names no rule '" + m.ruleId() + "'"
                    + org.lihaaz.names.DidYouMean.hint(m.ruleId(), rules.rules().stream().map(Rule::id).toList())));
        }
        List<YamlException> out = new ArrayList<>();
        if (r.language() != l) {
            out.add(new YamlException(m.location(), "rule '" + r.id() + "' is " + r.language().displayName()
                    + " (" + r.location() + "); list it under " + r.language().code() + ", not " + l.code()));
        }
        Concept other = owner.get(r.id());
        if (other != null && other != c) {
            out.add(new YamlException(m.location(), "rule '" + r.id() + "' is already in concept '" + other.id() + "' ("
                    + other.location() + "); a rule belongs to one concept at most"));
        }
        if (r.level() != c.level()) {
            out.add(new YamlException(m.location(), "rule '" + r.id() + "' is a " + r.level().id() + " (" + r.location()
                    + ") but concept '" + c.id() + "' is a " + c.level().id() + ": every member has the concept's level"));
        }
        if (c.fix() != null && r.fix() != c.fix()) {
            out.add(new YamlException(m.location(), "rule '" + r.id() + "' has fix: " + r.fix().name().toLowerCase(java.util.Locale.ROOT)
                    + " (" + r.location() + ") but concept '" + c.id() + "' says fix: "
                    + (c.fix() == Rule.FixSafety.SAFE ? "safe" : "unsafe")));
        }
        return out;
    }

    private static Set<String> languageCodes() {
        Set<String> out = new LinkedHashSet<>();
        for (Language l : Language.values()) {
            out.add(l.code());
        }
        return out;
    }
}
