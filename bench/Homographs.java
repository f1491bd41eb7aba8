import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.internal.lang.LanguageDetector;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.internal.rule.PatternSyntax;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;

/**
 * Lists candidates for the homograph lists of code-mixed checking (not a test): words of one
 * language's rule terms that the other language's text uses. For each Roman Urdu rule word, the
 * English words of an English corpus that fold onto it; for each English rule word, how often it
 * occurs inside stretches a Roman Urdu corpus's sentences read as Roman Urdu. A person then reads
 * the list and writes the real homographs (an ordinary word of the text's language, not a loanword
 * used in its rule sense) into rules/en/homographs.yml and rules/roman-ur/homographs.yml.
 *
 *   mvn -q package -DskipTests
 *   java -cp "target/lihaaz.jar:target/lib/*" bench/Homographs.java ../shared/corpus/en-news-pk ../shared/corpus/roman-ur
 */
public class Homographs {
    public static void main(String[] args) throws IOException {
        Tokenizer tok = new Tokenizer();
        RuleLoader.Result r = new RuleLoader().loadBuiltIn();
        Map<Language, Set<String>> ruleWords = new HashMap<>();
        for (Rule rule : r.rules().rules()) {
            for (String term : rule.terms()) {
                for (List<PatternPart> seq : PatternSyntax.expandPieces(term)) {
                    for (PatternPart p : seq) {
                        if (p instanceof PatternPart.Words w) {
                            ruleWords.computeIfAbsent(rule.language(), k -> new HashSet<>())
                                    .addAll(tok.words(w.text(), rule.language()));
                        }
                    }
                }
            }
        }
        LanguageDetector detector = new LanguageDetector();
        Map<String, Integer> enHits = new HashMap<>();
        Map<String, Integer> ruHits = new HashMap<>();
        for (String arg : List.of(args[0], args[1])) {
            boolean english = arg.equals(args[0]);
            try (Stream<Path> files = Files.walk(Path.of(arg))) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    for (String para : text.split("\n")) {
                        for (LanguageDetector.Span s : detector.segments(LanguageChoice.AUTO, para)) {
                            Tokens t = Tokenizer.empty(para);
                            tok.tokenize(para, s.start(), s.end(), Language.EN, t);
                            for (int i = 0; i < t.size(); i++) {
                                String w = t.norm(i);
                                if (english && s.language() == Language.EN
                                        && ruleWords.get(Language.ROMAN_UR).contains(tok.foldRomanUrdu(w))) {
                                    enHits.merge(w + " -> " + tok.foldRomanUrdu(w), 1, Integer::sum);
                                }
                                if (!english && s.language() == Language.ROMAN_UR && ruleWords.get(Language.EN).contains(w)) {
                                    ruHits.merge(w, 1, Integer::sum);
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("# English words (English stretches of " + args[0] + ") that fold onto a Roman Urdu rule word");
        enHits.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
        System.out.println("# English rule words inside Roman Urdu stretches of " + args[1]);
        ruHits.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
}
