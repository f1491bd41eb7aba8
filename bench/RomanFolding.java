import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.internal.token.RomanUrduFolding;
import org.lihaaz.internal.token.Tokenizer;

/**
 * Measures what Roman Urdu spelling folding merges on a corpus (not a test): how many word types fold
 * together overall, and, for every word of the built-in Roman Urdu rules, which different corpus
 * spellings fold onto it, to read for false merges.
 *
 *   mvn -q package -DskipTests
 *   java -cp "target/lihaaz.jar:target/lib/*" bench/RomanFolding.java ../shared/corpus/roman-ur
 */
public class RomanFolding {
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/roman-ur");
        Map<String, Integer> typeCounts = new HashMap<>();
        Pattern word = Pattern.compile("[a-z']+");
        List<Path> files;
        try (var s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            Matcher m = word.matcher(Files.readString(f, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            while (m.find()) {
                typeCounts.merge(m.group().replace("'", ""), 1, Integer::sum);
            }
        }
        Map<String, TreeSet<String>> byKey = new HashMap<>();
        typeCounts.keySet().forEach(t -> byKey.computeIfAbsent(RomanUrduFolding.fold(t), k -> new TreeSet<>()).add(t));
        long merged = byKey.values().stream().filter(s -> s.size() > 1).mapToInt(TreeSet::size).sum();
        System.out.printf("corpus: %d word types fold to %d keys; %d types (%.1f%%) share a key with another spelling%n",
                typeCounts.size(), byKey.size(), merged, 100.0 * merged / typeCounts.size());

        RuleLoader.Result loaded = new RuleLoader().loadBuiltIn();
        Tokenizer tokenizer = new Tokenizer();
        Map<String, TreeSet<String>> ruleWords = new TreeMap<>();
        for (Rule r : loaded.rules().rules()) {
            if (r.language() != Language.ROMAN_UR) {
                continue;
            }
            List<String> patterns = new ArrayList<>(r.terms());
            for (String p : patterns) {
                for (List<PatternPart> seq : PatternSyntax.expand(p)) {
                    for (PatternPart part : seq) {
                        if (part instanceof PatternPart.Words w) {
                            for (String k : tokenizer.words(w.text(), Language.ROMAN_UR)) {
                                ruleWords.computeIfAbsent(k, x -> new TreeSet<>()).add(r.id());
                            }
                        }
                    }
                }
            }
        }
        System.out.println("rule words whose key gathers several corpus spellings (spelling:count):");
        int shown = 0;
        for (Map.Entry<String, TreeSet<String>> e : ruleWords.entrySet()) {
            TreeSet<String> spellings = byKey.get(e.getKey());
            if (spellings == null || spellings.size() < 2) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (String s : spellings) {
                b.append(' ').append(s).append(':').append(typeCounts.get(s));
            }
            System.out.println("  " + e.getKey() + " <-" + b);
            shown++;
        }
        System.out.println(shown + " of " + ruleWords.size() + " rule words gather more than one corpus spelling");
    }
}
