package org.lihaaz.rule;

import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.internal.rule.RuleBudget;
import org.lihaaz.internal.rule.WordClass;
import org.lihaaz.internal.rule.WordClasses;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;
import org.lihaaz.internal.yaml.YamlFields;
import org.lihaaz.internal.yaml.YamlNode;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Loads rule packs: {@code <folder>/<language>/<pack>.yml}, each file a YAML list of rules. Loading
 * is strict (unknown keys, missing fields, bad values and duplicate ids are errors with file, line and
 * column), and a broken rule never stops the other rules or files from loading.
 */
public final class RuleLoader {
    /** A language folder's list of recommended terms of art, beside its packs (not a pack itself). */
    public static final String TERMS_OF_ART = "terms-of-art.yml";
    /** A language folder's list of its ordinary words that rules of another language must not flag (code-mixed text). */
    public static final String HOMOGRAPHS = "homographs.yml";

    /** Where the built-in packs live on the class path. */
    public static final String BUILTIN_ROOT = "org/lihaaz/rules/builtin";

    private static final Set<String> RULE_KEYS = Set.of("id", "level", "category", "terms", "inflect", "case",
            "replace", "advice", "fix", "message", "note", "source", "requires", "unless", "names", "quoted", "sureness",
            "examples", "en");
    private static final Set<String> TRANSLATION_KEYS = Set.of("message", "note", "replace", "advice");
    private static final Set<String> REPLACEMENT_KEYS = Set.of("text", "plural", "when");
    private static final Set<String> CONDITION_KEYS = Set.of("before", "after", "near", "sentence", "pos", "prev-pos",
            "next-pos", "window", "any", "all", "not", "form", "paragraph", "punct-before", "punct-after", "in-quotation",
            "attribution", "topic", "lemmas");
    private static final Pattern ID_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PACK_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int DEFAULT_NEAR_WINDOW = 5;
    private static final int MAX_WINDOW = 50;

    private final YamlReader yaml = new YamlReader();
    private final ConceptLoader conceptLoader = new ConceptLoader();
    /** The real path every pack file must lie in, links resolved; null to load from anywhere. */
    private final Path confine;

    public RuleLoader() {
        this(null);
    }

    private RuleLoader(Path confine) {
        this.confine = confine;
    }

    /**
     * A loader that reads a pack file only when its real path (every link resolved) lies inside
     * {@code folder}: a configuration from an untrusted repository names folders inside its own, and
     * a pack file or language folder in them that is a link out must not make Lihaaz read elsewhere.
     */
    public RuleLoader confinedTo(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = folder.toAbsolutePath().normalize();
        }
        return new RuleLoader(real);
    }

    /** Rules loaded, and the problems found on the way. */
    public record Result(RuleSet rules, List<YamlException> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The packs that ship inside Lihaaz. */
    public Result loadBuiltIn() {
        try {
            Path root = builtInRoot();
            return root == null ? new Result(RuleSet.empty(), List.of()) : loadTree(root, "rules", WordClasses.empty());
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the built-in rules: " + e.getMessage(), e);
        }
    }

    /** The folder of the built-in packs on the class path (inside the jar, or a build folder); null when absent. */
    public static Path builtInRoot() throws IOException {
        URL root = RuleLoader.class.getClassLoader().getResource(BUILTIN_ROOT);
        if (root == null) {
            return null;
        }
        try {
            URI uri = root.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return fs.getPath(BUILTIN_ROOT);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /**
     * Loads a rule folder (holding language folders, or being one) or a single pack file inside a
     * language folder.
     */
    public Result load(Path path) {
        if (Files.isRegularFile(path)) {
            List<YamlException> errors = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            Language language = languageOfFolder(path.toAbsolutePath().getParent());
            if (language == null) {
                errors.add(new YamlException(new Location(path.toString(), 1, 1),
                        "cannot tell the language of this pack: put it in a folder named "
                                + String.join(", ", languageCodes())));
            } else {
                Path tree = path.toAbsolutePath().getParent().getParent();
                String shown = path.getParent() == null || path.getParent().getParent() == null ? tree.toString()
                        : path.getParent().getParent().toString();
                WordClasses classes = classes(tree, shown, builtInClasses(errors), errors);
                loadFile(path, path.toString(), language, classes, rules, errors);
            }
            return result(rules, errors);
        }
        if (!Files.isDirectory(path)) {
            return new Result(RuleSet.empty(), List.of(new YamlException(new Location(path.toString(), 1, 1),
                    "no such rule file or folder")));
        }
        Language own = languageOfFolder(path.toAbsolutePath().normalize());
        if (own != null) {
            List<Rule> rules = new ArrayList<>();
            List<YamlException> errors = new ArrayList<>();
            Path tree = path.toAbsolutePath().normalize().getParent();
            WordClasses classes = classes(tree, tree.toString(), builtInClasses(errors), errors);
            loadLanguageFolder(path, path.toString(), own, classes, rules, errors);
            return result(rules, errors);
        }
        List<YamlException> errors = new ArrayList<>();
        Result r = loadTree(path, path.toString(), builtInClasses(errors));
        errors.addAll(r.errors());
        return new Result(r.rules(), errors);
    }

    /** Parses one pack from text; {@code file} names it in errors. */
    public Result loadPack(String text, String file, Language language, String pack) {
        List<Rule> rules = new ArrayList<>();
        List<YamlException> errors = new ArrayList<>();
        parsePack(text, file, language, builtInClasses(errors), pack, rules, errors);
        return result(rules, errors);
    }

    /**
     * The built-in word classes, which every folder's rules may name. Problems in them are reported
     * by loading the built-in packs, not again for every folder.
     */
    private WordClasses builtInClasses(List<YamlException> errors) {
        try {
            Path root = builtInRoot();
            return root == null ? WordClasses.empty() : WordClasses.load(root, "rules", null, new ArrayList<>());
        } catch (IOException e) {
            errors.add(new YamlException(new Location("rules/" + WordClasses.FOLDER, 1, 1), "cannot list: " + e.getMessage()));
            return WordClasses.empty();
        }
    }

    /** {@code inherited} with the classes of the folder tree {@code root}; a folder's own class of the same name wins. */
    private WordClasses classes(Path root, String display, WordClasses inherited, List<YamlException> errors) {
        if (root == null) {
            return inherited;
        }
        return inherited.overriddenBy(WordClasses.load(root, display, confine, errors));
    }

    private Result loadTree(Path root, String display, WordClasses inherited) {
        List<Rule> rules = new ArrayList<>();
        List<YamlException> errors = new ArrayList<>();
        WordClasses classes = classes(root, display, inherited, errors);
        for (Language language : Language.values()) {
            Path folder = root.resolve(language.code());
            if (Files.isDirectory(folder)) {
                loadLanguageFolder(folder, display + "/" + language.code(), language, classes, rules, errors);
            }
        }
        Result packs = result(rules, errors);
        Path folder = root.resolve(ConceptLoader.FOLDER);
        if (!Files.isDirectory(folder)) {
            return packs;
        }
        // A folder's concepts name the rules of that same folder.
        List<YamlException> all = new ArrayList<>(packs.errors());
        List<Concept> concepts = new ArrayList<>();
        String shown = display + "/" + ConceptLoader.FOLDER;
        for (Path f : listYaml(folder, shown, all)) {
            String name = f.getFileName().toString();
            String text = readText(f, shown + "/" + name, all);
            if (text != null) {
                all.addAll(conceptLoader.parse(text, shown + "/" + name, name.substring(0, name.lastIndexOf('.')), concepts));
            }
        }
        List<Concept> ok = ConceptLoader.check(packs.rules(), concepts, all);
        return new Result(packs.rules().withConcepts(ok), all);
    }

    private static List<Path> listYaml(Path folder, String display, List<YamlException> errors) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yml") || p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            errors.add(new YamlException(new Location(display, 1, 1), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void loadLanguageFolder(Path folder, String display, Language language, WordClasses classes, List<Rule> rules,
            List<YamlException> errors) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> isPackFile(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            errors.add(new YamlException(new Location(display, 1, 1), "cannot list rule folder: " + e.getMessage()));
            return;
        }
        for (Path f : files) {
            loadFile(f, display + "/" + f.getFileName(), language, classes, rules, errors);
        }
    }

    private void loadFile(Path file, String display, Language language, WordClasses classes, List<Rule> rules,
            List<YamlException> errors) {
        String name = file.getFileName().toString();
        String pack = name.substring(0, name.lastIndexOf('.'));
        if (!PACK_NAME.matcher(pack).matches()) {
            errors.add(new YamlException(new Location(display, 1, 1),
                    "pack file names are lower-case words joined by hyphens, not '" + pack + "'"));
            return;
        }
        String text = readText(file, display, errors);
        if (text != null) {
            parsePack(text, display, language, classes, pack, rules, errors);
        }
    }

    /** The text of a rule folder's file, or null (with an error) when it cannot or must not be read. */
    private String readText(Path file, String display, List<YamlException> errors) {
        if (!Files.isRegularFile(file)) {
            // Opening a pipe would wait for a writer for ever; a device would never end.
            errors.add(new YamlException(new Location(display, 1, 1), "not a regular file (a device or pipe?); not read"));
            return null;
        }
        Path real = file;
        if (confine != null) {
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                real = null;
            }
            if (real == null || !real.startsWith(confine)) {
                errors.add(new YamlException(new Location(display, 1, 1), "a link to a file outside " + confine
                        + "; a configuration loads rules only from its own folder tree (give other folders with --rules)"));
                return null;
            }
        }
        // The checked real path itself is opened, and not through a link at its end.
        try (InputStream in = confine == null ? Files.newInputStream(file)
                : Files.newInputStream(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(YamlReader.MAX_CHARS + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new YamlException(new Location(display, 1, 1), "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private void parsePack(String text, String file, Language language, WordClasses classes, String pack, List<Rule> rules,
            List<YamlException> errors) {
        YamlNode root;
        try {
            root = yaml.read(text, file);
        } catch (YamlException e) {
            errors.add(e);
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof YamlNode.Sequence list)) {
            errors.add(new YamlException(root.location(), "a pack file is a list of rules, not a " + root.kind()));
            return;
        }
        for (YamlNode item : list.items()) {
            List<YamlException> shape = shapeProblems(item);
            errors.addAll(shape);
            try {
                Rule rule = parseRule(item, language, classes, pack);
                if (shape.isEmpty()) {
                    rules.add(rule);
                }
            } catch (YamlException e) {
                // Missing and unknown keys are all reported above; a bad value is reported as well.
                if (shape.isEmpty() || !(e.reason().contains("is missing '") || e.reason().startsWith("unknown key"))) {
                    errors.add(e);
                }
            }
        }
    }

    private static final List<String> REQUIRED_KEYS = List.of("id", "level", "category", "terms", "message", "note",
            "source", "examples");

    /**
     * Every unknown and every missing key of a rule at once, so that a pack being written needs one
     * run to learn what its rules lack, not one run per key. Values are checked after that.
     */
    private static List<YamlException> shapeProblems(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            return List.of();
        }
        List<YamlException> out = new ArrayList<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (e.key().equals("suggest")) {
                out.add(new YamlException(e.keyLocation(), SUGGEST_IS_TWO_KEYS));
            } else if (!RULE_KEYS.contains(e.key())) {
                out.add(new YamlException(e.keyLocation(), "unknown key '" + e.key() + "' in a rule"
                        + org.lihaaz.names.DidYouMean.hint(e.key(), RULE_KEYS) + " (known keys: " + String.join(", ", RULE_KEYS.stream().sorted().toList()) + ")"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED_KEYS) {
            if (!map.entries().containsKey(key)) {
                missing.add("'" + key + "'");
            }
        }
        if (!missing.isEmpty()) {
            YamlNode id = map.get("id");
            String which = id instanceof YamlNode.Scalar sc && sc.text() != null ? "rule '" + sc.text() + "'" : "a rule";
            String list = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            out.add(new YamlException(map.location(), which + " is missing " + list));
        }
        return out;
    }

    private Rule parseRule(YamlNode node, Language language, WordClasses classes, String pack) {
        YamlFields f = new YamlFields(node, "a rule");
        f.allowOnly(RULE_KEYS);
        String id = f.requiredText("id");
        String prefix = pack + ".";
        if (!id.startsWith(prefix) || !ID_NAME.matcher(id.substring(prefix.length())).matches()) {
            throw new YamlException(f.node("id").location(), "rule id '" + id + "' must be '" + prefix
                    + "<name>', the name in lower-case words joined by hyphens");
        }
        Level level = Level.parse(f.requiredText("level")).orElseThrow(() -> new YamlException(
                f.node("level").location(), "level must be suggestion, warning or error, not '"
                        + f.requiredText("level") + "'"));
        String category = f.requiredText("category");
        java.util.Map<String, TermContext> termContexts = new java.util.LinkedHashMap<>();
        List<String> terms = terms(f, language, classes, termContexts);
        Rule.Inflection inflect = inflection(f, language);
        boolean caseSensitive = "sensitive".equals(oneOf(f, "case", "insensitive", "insensitive", "sensitive"));
        List<Replacement> replace = replacements(f, language, classes, inflect);
        String advice = f.optionalText("advice", "");
        Rule.FixSafety fix = choice(f, "fix", Rule.FixSafety.MANUAL, Rule.FixSafety.class);
        if (fix == Rule.FixSafety.SAFE && replace.isEmpty()) {
            throw new YamlException(f.keyLocation("fix"), "'fix: safe' needs a replacement to apply");
        }
        if (fix == Rule.FixSafety.SAFE && replace.get(0).hasConditions()) {
            throw new YamlException(f.keyLocation("fix"), "'fix: safe' applies the first replacement everywhere the "
                    + "rule fires, so that replacement cannot have 'when' conditions");
        }
        String message = f.requiredText("message");
        String note = f.requiredText("note");
        List<String> sources = f.texts("source", true);
        List<Condition> requires = conditions(f, "requires", language, classes);
        List<Condition> unless = conditions(f, "unless", language, classes);
        Rule.NamePolicy names = choice(f, "names", Rule.NamePolicy.SKIP, Rule.NamePolicy.class);
        Rule.QuotePolicy quoted = choice(f, "quoted", Rule.QuotePolicy.SKIP, Rule.QuotePolicy.class);
        Rule.Sureness sureness = choice(f, "sureness", Rule.Sureness.HIGH, Rule.Sureness.class);
        if (!f.has("examples")) {
            throw new YamlException(f.location(), "a rule is missing 'examples' (flag: and clean: sentences)");
        }
        YamlFields ex = new YamlFields(f.node("examples"), "examples").allowOnly(Set.of("flag", "clean"));
        Examples examples = new Examples(ex.texts("flag", true), ex.texts("clean", true));
        checkExamples(ex, examples);
        Translation english = translation(f, language, replace, advice);
        if (fix == Rule.FixSafety.SAFE) {
            // Only the rule's own replacements are ever written; the English gloss never is.
            checkSafeReplacements(f.node("replace"), replace.stream().map(Replacement::plain).toList());
        }
        Map<String, ClassWords> used = usedClasses(terms, termContexts.values(), requires, unless, replace, language, classes);
        return new Rule(id, pack, language, level, category, terms, inflect, caseSensitive, replace, advice, fix, message,
                note, sources, requires, unless, names, quoted, sureness, examples, f.location(), english, termContexts, used);
    }

    /**
     * {@code terms}: a list whose items are patterns, or maps {@code {term: pattern, requires: [...],
     * unless: [...]}} for a term that needs conditions of its own.
     */
    private List<String> terms(YamlFields f, Language language, WordClasses classes,
            java.util.Map<String, TermContext> contexts) {
        YamlNode node = f.node("terms");
        if (node == null) {
            throw new YamlException(f.location(), "a rule is missing 'terms'");
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        if (items.isEmpty()) {
            throw new YamlException(node.location(), "'terms' must not be empty");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : items) {
            String term;
            if (item instanceof YamlNode.Mapping) {
                YamlFields t = new YamlFields(item, "a term").allowOnly(Set.of("term", "requires", "unless"));
                term = t.requiredText("term");
                checkTerm(term, t.node("term").location(), language, classes);
                TermContext context = new TermContext(conditions(t, "requires", language, classes),
                        conditions(t, "unless", language, classes));
                if (context.requires().isEmpty() && context.unless().isEmpty()) {
                    throw new YamlException(item.location(), "a term written as a map needs 'requires' or 'unless'");
                }
                if (contexts.putIfAbsent(term, context) != null) {
                    throw new YamlException(item.location(), "term '" + term + "' is listed twice");
                }
            } else {
                term = YamlFields.text(item, "terms");
                checkTerm(term, item.location(), language, classes);
            }
            out.add(term);
        }
        return out;
    }

    /**
     * {@code inflect}: English rules take {@code noun} (the default) or {@code none}; Urdu and Roman
     * Urdu rules take {@code none} (the default) or an Urdu noun class.
     */
    private static Rule.Inflection inflection(YamlFields f, Language language) {
        boolean english = language == Language.EN;
        Rule.Inflection fallback = english ? Rule.Inflection.NOUN : Rule.Inflection.NONE;
        List<String> allowed = new ArrayList<>();
        for (Rule.Inflection i : Rule.Inflection.values()) {
            if (i == Rule.Inflection.NONE || english == (i.urduClass() == null)) {
                allowed.add(enumName(i));
            }
        }
        String chosen = oneOf(f, "inflect", enumName(fallback), allowed.toArray(new String[0]));
        return Rule.Inflection.valueOf(chosen.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * {@code en:}: required for Urdu and Roman Urdu rules (whose message, note and suggestions are in
     * the language of the text), refused for English ones.
     */
    private static Translation translation(YamlFields f, Language language, List<Replacement> replace, String advice) {
        if (language == Language.EN) {
            if (f.has("en")) {
                throw new YamlException(f.keyLocation("en"), "'en' is for Urdu and Roman Urdu rules: an English rule's "
                        + "message is already in English");
            }
            return null;
        }
        if (!f.has("en")) {
            throw new YamlException(f.location(), "a rule for " + language.displayName() + " needs 'en:' with its message, "
                    + "note" + (replace.isEmpty() ? "" : ", replace") + (advice.isEmpty() ? "" : ", advice") + " in English");
        }
        YamlFields en = new YamlFields(f.node("en"), "'en'");
        refuseSuggest(en);
        en.allowOnly(TRANSLATION_KEYS);
        List<String> enReplace = en.texts("replace", false);
        if (!replace.isEmpty() && enReplace.isEmpty()) {
            throw new YamlException(f.keyLocation("en"), "'en' needs 'replace': what the rule's replacements mean in English");
        }
        if (replace.isEmpty() && !enReplace.isEmpty()) {
            throw new YamlException(en.keyLocation("replace"), "'en' has 'replace' but the rule replaces nothing");
        }
        String enAdvice = en.optionalText("advice", "");
        if (advice.isEmpty() != enAdvice.isEmpty()) {
            throw new YamlException(advice.isEmpty() ? en.keyLocation("advice") : f.keyLocation("en"),
                    advice.isEmpty() ? "'en' has 'advice' but the rule gives none" : "'en' needs 'advice': the rule's advice in English");
        }
        return new Translation(en.requiredText("message"), en.requiredText("note"), enReplace, enAdvice);
    }

    private static String enumName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Text a {@code fix: safe} rule may write into a file without anyone looking: a replacement lands
     * at a line start whenever its match does, so one that starts with block syntax ("- ", "1. ",
     * "---", "#", "> ", a Fountain "." or "!") would turn a sentence into a list, a rule or a scene
     * heading; one with invisible or control characters (TAG characters, bidi overrides, zero-width
     * spaces, line breaks) would hide what the fix wrote. Both are refused when the pack loads.
     */
    private static final Pattern BLOCK_START = Pattern.compile(
            "\\s.*|[-+*#>=_.!@~|<\\[`].*|\\d+[.)].*|.*\\s");

    private static void checkSafeReplacements(YamlNode list, List<String> replacements) {
        for (int i = 0; i < replacements.size(); i++) {
            String r = replacements.get(i);
            Location at = itemLocation(list, i);
            if (BLOCK_START.matcher(r).matches()) {
                throw new YamlException(at, "'fix: safe' replacement '" + r + "' starts or ends with space or markup ("
                        + "a list item, heading, rule, quote or scene heading where it lands at a line start); "
                        + "only plain words may be written without review");
            }
            for (int k = 0; k < r.length(); ) {
                int cp = r.codePointAt(k);
                k += Character.charCount(cp);
                int type = Character.getType(cp);
                if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || org.lihaaz.internal.token.Lookalikes.isInvisible(cp)) {
                    throw new YamlException(at, String.format(Locale.ROOT, "'fix: safe' replacement has an invisible "
                            + "or control character U+%04X; only visible text may be written without review", cp));
                }
            }
        }
    }

    /** A bound on the paths a term's word classes put into the trie (every entry of each class, each form). */
    private static final int MAX_CLASS_FORMS = 20_000;

    /** Every class a pattern names must exist and list words for the rule's language. */
    private static void checkClasses(String pattern, String what, Location at, Language language, WordClasses classes) {
        for (String name : PatternSyntax.classNames(pattern)) {
            WordClass c = classes.get(name).orElseThrow(() -> new YamlException(at, what + " '" + pattern
                    + "': unknown word class '{@" + name + "}'" + org.lihaaz.names.DidYouMean.hint(name, classes.names())
                    + (classes.names().isEmpty() ? "" : " (known: " + String.join(", ", classes.names()) + ")")));
            if (c.in(language).words().isEmpty()) {
                throw new YamlException(at, what + " '" + pattern + "': word class '" + name + "' lists no "
                        + language.displayName() + " words (" + c.location() + ")");
            }
        }
    }

    /** The words, in the rule's language, of every class the rule's terms and conditions name. */
    private static Map<String, ClassWords> usedClasses(List<String> terms, java.util.Collection<TermContext> contexts,
            List<Condition> requires, List<Condition> unless, List<Replacement> replace, Language language,
            WordClasses classes) {
        Set<String> names = new java.util.TreeSet<>();
        terms.forEach(t -> names.addAll(PatternSyntax.classNames(t)));
        List<Condition> all = new ArrayList<>(requires);
        all.addAll(unless);
        contexts.forEach(c -> {
            all.addAll(c.requires());
            all.addAll(c.unless());
        });
        replace.forEach(r -> all.addAll(r.when()));
        while (!all.isEmpty()) {
            Condition c = all.remove(all.size() - 1);
            if (c instanceof Condition.Phrases p) {
                p.phrases().forEach(ph -> names.addAll(PatternSyntax.classNames(ph)));
            } else if (c instanceof Condition.AnyOf any) {
                all.addAll(any.conditions());
            } else if (c instanceof Condition.AllOf each) {
                all.addAll(each.conditions());
            } else if (c instanceof Condition.Not not) {
                all.add(not.condition());
            }
        }
        Map<String, ClassWords> out = new java.util.TreeMap<>();
        for (String name : names) {
            classes.get(name).ifPresent(c -> out.put(name, c.in(language)));
        }
        return out;
    }

    private static void checkTerm(String term, Location at, Language language, WordClasses classes) {
        List<List<PatternPart>> seqs;
        try {
            seqs = PatternSyntax.expand(term);
        } catch (IllegalArgumentException e) {
            throw new YamlException(at, "term '" + term + "': " + e.getMessage());
        }
        checkClasses(term, "term", at, language, classes);
        Map<String, ClassWords> used = new java.util.HashMap<>();
        PatternSyntax.classNames(term).forEach(n -> used.put(n, classes.get(n).orElseThrow().in(language)));
        if (RuleBudget.variants(term, used) > MAX_CLASS_FORMS) {
            throw new YamlException(at, "term '" + term + "' expands to more than " + MAX_CLASS_FORMS + " word paths "
                    + "through its word classes; name one class in the term and the other in a condition");
        }
        for (List<PatternPart> seq : seqs) {
            if (seq.get(0) instanceof PatternPart.Placeholder) {
                throw new YamlException(at, "term '" + term + "' must start with a word, not a placeholder");
            }
            if (seq.get(seq.size() - 1) instanceof PatternPart.Placeholder p && p.kind() == PatternPart.Kind.GAP) {
                throw new YamlException(at, "term '" + term + "' must not end with '...'");
            }
        }
    }

    /**
     * The old key {@code suggest} mixed text to put in the file with instructions to the writer; a pack
     * that still uses it is told which of the two keys each entry belongs under.
     */
    private static void refuseSuggest(YamlFields f) {
        if (f.has("suggest")) {
            throw new YamlException(f.keyLocation("suggest"), SUGGEST_IS_TWO_KEYS);
        }
    }

    private static final String SUGGEST_IS_TWO_KEYS = "'suggest' is now two keys: 'replace' for text that can stand in "
            + "place of the match, 'advice' for an instruction to the writer";

    /** {@code replace}: items are texts, or maps {@code {text, plural, when}}. */
    private List<Replacement> replacements(YamlFields f, Language language, WordClasses classes, Rule.Inflection inflect) {
        YamlNode node = f.node("replace");
        if (node == null || YamlFields.isNull(node)) {
            return List.of();
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        List<Replacement> out = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            Replacement r;
            if (item instanceof YamlNode.Mapping) {
                YamlFields m = new YamlFields(item, "a replacement").allowOnly(REPLACEMENT_KEYS);
                String text = m.requiredText("text");
                String plural = m.has("plural") ? m.requiredText("plural") : null;
                r = new Replacement(text, plural, conditions(m, "when", language, classes));
                checkReplacement(text, m.node("text").location());
                if (plural != null) {
                    checkReplacement(plural, m.node("plural").location());
                }
            } else {
                String text = YamlFields.text(item, "replace");
                checkReplacement(text, item.location());
                r = Replacement.of(text);
            }
            if (inflect == Rule.Inflection.NOUN) {
                checkHead(r, item.location());
            }
            out.add(r);
        }
        return out;
    }

    /** A replacement is text for the sentence: one marked head at most, no instruction in brackets. */
    private static void checkReplacement(String text, Location at) {
        if (text.isBlank()) {
            throw new YamlException(at, "a replacement must not be empty; a rule that can only advise uses 'advice'");
        }
        int open = text.indexOf('[');
        int close = text.indexOf(']');
        boolean marked = open >= 0 || close >= 0;
        if (marked && (open < 0 || close < open + 2 || text.indexOf('[', open + 1) >= 0 || text.indexOf(']', close + 1) >= 0
                || text.substring(open + 1, close).contains(" "))) {
            throw new YamlException(at, "'" + text + "': mark one head word with brackets, as in '[person] with diabetes'");
        }
        if (text.startsWith("(") || text.endsWith(")")) {
            throw new YamlException(at, "'" + text + "' reads as an instruction, not as text for the sentence; put it "
                    + "under 'advice'");
        }
    }

    /** Words that start a modifier after its noun: the noun before them, not the last word, takes the number. */
    private static final Set<String> POST_MODIFIERS = Set.of("who", "that", "with", "without", "of", "living", "whose",
            "from", "affected", "experiencing", "in", "on", "at", "for", "by", "to");

    /**
     * A phrase whose noun is followed by a modifier ("person who uses drugs") must say which word is its
     * head, or give its plural: guessing made "person who uses drugses".
     */
    private static void checkHead(Replacement r, Location at) {
        if (r.text().indexOf('[') >= 0 || r.plural() != null || r.quotesMatchedWords()) {
            return;
        }
        String[] words = r.text().split(" ");
        for (int i = 1; i < words.length; i++) {
            if (POST_MODIFIERS.contains(words[i].toLowerCase(Locale.ROOT))) {
                throw new YamlException(at, "'" + r.text() + "': mark the word that takes the number, as in '["
                        + words[i - 1] + "] " + String.join(" ", java.util.Arrays.asList(words).subList(i, words.length))
                        + "', or give the whole plural with {text: ..., plural: ...}");
            }
        }
    }

    /** Flag examples that mark a span or pin a rewrite must be well formed (see {@link Example}). */
    private static void checkExamples(YamlFields ex, Examples examples) {
        YamlNode flags = ex.node("flag");
        List<YamlNode> items = flags instanceof YamlNode.Sequence seq ? seq.items() : List.of(flags);
        for (int i = 0; i < examples.flag().size(); i++) {
            String problem = Example.problem(examples.flag().get(i));
            if (problem != null) {
                throw new YamlException(items.get(Math.min(i, items.size() - 1)).location(), problem);
            }
        }
    }

    private List<Condition> conditions(YamlFields rule, String key, Language language, WordClasses classes) {
        return conditionList(rule.node(key), key, language, classes);
    }

    private List<Condition> conditionList(YamlNode node, String key, Language language, WordClasses classes) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new YamlException(node.location(), "'" + key + "' must be a list of conditions, not a " + node.kind());
        }
        List<Condition> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            out.add(condition(item, language, classes));
        }
        if (out.isEmpty()) {
            throw new YamlException(node.location(), "'" + key + "' must not be empty");
        }
        return out;
    }

    private Condition condition(YamlNode node, Language language, WordClasses classes) {
        YamlFields c = new YamlFields(node, "a condition").allowOnly(CONDITION_KEYS);
        if (c.has("not")) {
            if (((YamlNode.Mapping) node).entries().size() != 1) {
                throw new YamlException(c.keyLocation("not"), "'not' stands alone in its condition");
            }
            return new Condition.Not(condition(c.node("not"), language, classes), c.location());
        }
        if (c.has("form")) {
            if (((YamlNode.Mapping) node).entries().size() != 1) {
                throw new YamlException(c.keyLocation("form"), "'form' stands alone in its condition");
            }
            java.util.EnumSet<Condition.Form> forms = java.util.EnumSet.noneOf(Condition.Form.class);
            List<String> given = c.texts("form", true);
            for (int i = 0; i < given.size(); i++) {
                String name = given.get(i);
                Condition.Form form = java.util.Arrays.stream(Condition.Form.values()).filter(x -> x.key().equals(name))
                        .findFirst().orElseThrow(() -> new YamlException(itemLocation(c.node("form"), 0),
                                "form must be possessive, plural or singular, not '" + name + "'"));
                forms.add(form);
            }
            return new Condition.MatchForm(forms, c.location());
        }
        if (c.has("in-quotation")) {
            if (((YamlNode.Mapping) node).entries().size() != 1 || !"true".equals(c.requiredText("in-quotation"))) {
                throw new YamlException(c.keyLocation("in-quotation"), "write 'in-quotation: true', alone in its condition");
            }
            return new Condition.InQuotation(c.location());
        }
        for (String side : new String[] {"punct-before", "punct-after"}) {
            if (c.has(side)) {
                if (((YamlNode.Mapping) node).entries().size() != 1) {
                    throw new YamlException(c.keyLocation(side), "'" + side + "' stands alone in its condition");
                }
                List<String> marks = c.texts(side, true);
                for (int i = 0; i < marks.size(); i++) {
                    if (marks.get(i).codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp) || Character.isWhitespace(cp))) {
                        throw new YamlException(itemLocation(c.node(side), i), "'" + side
                                + "' takes punctuation marks only, not '" + marks.get(i) + "'");
                    }
                }
                return new Condition.Punctuation(side.equals("punct-before"), marks, c.location());
            }
        }
        for (String group : new String[] {"any", "all"}) {
            if (c.has(group)) {
                if (c.location() != null && ((YamlNode.Mapping) node).entries().size() != 1) {
                    throw new YamlException(c.keyLocation(group), "'" + group + "' stands alone in its condition");
                }
                List<Condition> inner = conditionList(c.node(group), group, language, classes);
                return group.equals("any") ? new Condition.AnyOf(inner, c.location())
                        : new Condition.AllOf(inner, c.location());
            }
        }
        List<String> present = new ArrayList<>();
        for (String k : CONDITION_KEYS) {
            if (!k.equals("window") && !k.equals("lemmas") && c.has(k)) {
                present.add(k);
            }
        }
        Collections.sort(present);
        if (present.size() != 1) {
            throw new YamlException(c.location(), "a condition has exactly one of before, after, near, sentence, paragraph, "
                    + "attribution, topic, pos, prev-pos, next-pos, form, punct-before, punct-after, in-quotation, any, all, not"
                    + (present.isEmpty() ? "" : " (found " + String.join(", ", present) + ")"));
        }
        String key = present.get(0);
        for (Condition.Target t : Condition.Target.values()) {
            if (t.key().equals(key)) {
                if (c.has("window")) {
                    throw new YamlException(c.keyLocation("window"), "'window' goes with before, after or near");
                }
                if (language != Language.EN) {
                    throw new YamlException(c.keyLocation(key), "part-of-speech conditions work on English only");
                }
                Set<String> tags = new LinkedHashSet<>();
                List<String> given = c.texts(key, true);
                for (int i = 0; i < given.size(); i++) {
                    String tag = given.get(i).toUpperCase(Locale.ROOT);
                    if (!Condition.PartOfSpeech.UD_TAGS.contains(tag)) {
                        throw new YamlException(itemLocation(c.node(key), i), "unknown part-of-speech tag '" + given.get(i)
                                + "' (use Universal Dependencies tags: NOUN, PROPN, VERB, ADJ, ...)");
                    }
                    tags.add(tag);
                }
                return new Condition.PartOfSpeech(t, tags, c.location());
            }
        }
        Condition.Scope scope = Condition.Scope.valueOf(key.toUpperCase(Locale.ROOT));
        boolean unwindowed = new Condition.Phrases(scope, List.of(), 1, null).unwindowed();
        if (unwindowed && c.has("window")) {
            throw new YamlException(c.keyLocation("window"), "'window' goes with before, after or near");
        }
        // Stems are English; in Urdu and Roman Urdu a topic matches its words as written.
        boolean lemmas = scope == Condition.Scope.TOPIC && language == Language.EN;
        if (c.has("lemmas")) {
            String given = c.requiredText("lemmas");
            if (!given.equals("true") && !given.equals("false")) {
                throw new YamlException(c.keyLocation("lemmas"), "write 'lemmas: true' or 'lemmas: false', not '" + given + "'");
            }
            if (language != Language.EN) {
                throw new YamlException(c.keyLocation("lemmas"), "lemmas work on English only");
            }
            lemmas = given.equals("true");
        }
        int fallback = scope == Condition.Scope.NEAR ? DEFAULT_NEAR_WINDOW : 1;
        int window = c.optionalInt("window", fallback, 1, MAX_WINDOW);
        List<String> phrases = c.texts(key, true);
        for (int i = 0; i < phrases.size(); i++) {
            try {
                PatternSyntax.expand(phrases.get(i));
            } catch (IllegalArgumentException e) {
                throw new YamlException(itemLocation(c.node(key), i), "phrase '" + phrases.get(i) + "': " + e.getMessage());
            }
            checkClasses(phrases.get(i), "phrase", itemLocation(c.node(key), i), language, classes);
        }
        return new Condition.Phrases(scope, phrases, window, lemmas, c.location());
    }

    private static <E extends Enum<E>> E choice(YamlFields f, String key, E fallback, Class<E> type) {
        E[] values = type.getEnumConstants();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name().toLowerCase(Locale.ROOT);
        }
        String chosen = oneOf(f, key, fallback.name().toLowerCase(Locale.ROOT), names);
        return Enum.valueOf(type, chosen.toUpperCase(Locale.ROOT));
    }

    private static String oneOf(YamlFields f, String key, String fallback, String... allowed) {
        String value = f.optionalText(key, fallback);
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new YamlException(f.node(key).location(), "'" + key + "' must be " + String.join(" or ", allowed)
                + ", not '" + value + "'");
    }

    private static Location itemLocation(YamlNode list, int index) {
        if (list instanceof YamlNode.Sequence s && index < s.items().size()) {
            return s.items().get(index).location();
        }
        return list.location();
    }

    private static Language languageOfFolder(Path folder) {
        if (folder == null || folder.getFileName() == null) {
            return null;
        }
        return Language.byCode(folder.getFileName().toString()).orElse(null);
    }

    private static List<String> languageCodes() {
        List<String> out = new ArrayList<>();
        for (Language l : Language.values()) {
            out.add(l.code());
        }
        return out;
    }

    private static boolean isPackFile(String name) {
        return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.equals(TERMS_OF_ART)
                && !name.equals(HOMOGRAPHS);
    }

    private static Result result(List<Rule> rules, List<YamlException> errors) {
        List<YamlException> all = new ArrayList<>(errors);
        RuleSet set;
        try {
            set = RuleSet.of(rules);
        } catch (YamlException e) {
            all.add(e);
            set = RuleSet.of(dedupe(rules));
        }
        return new Result(set, all);
    }

    private static List<Rule> dedupe(List<Rule> rules) {
        Set<String> seen = new LinkedHashSet<>();
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            if (seen.add(r.id())) {
                out.add(r);
            }
        }
        return out;
    }
}
