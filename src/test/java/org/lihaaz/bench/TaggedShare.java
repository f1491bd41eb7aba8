package org.lihaaz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.lihaaz.context.CheckCounters;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;

/**
 * How much NLP work a corpus costs: the share of its sentences that were part-of-speech tagged, and
 * how many files needed no sentence detection at all (so loaded no model for their own sake).
 * Sentences in the whole corpus are counted with the JDK's sentence breaker, which is close enough
 * for a share. Run with bench/tagged.sh FOLDER...; a benchmark, not a test.
 */
public final class TaggedShare {
    private TaggedShare() {
    }

    public static void main(String[] args) throws IOException {
        Lihaaz engine = Lihaaz.builder().build();
        for (String folder : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|txt)$")).sorted().toList();
            }
            CheckCounters all = new CheckCounters();
            long sentences = 0;
            int quiet = 0;
            for (Path p : files) {
                CheckCounters c = new CheckCounters();
                engine.check(Input.ofFile(p, p.toString()), null, c);
                all.add(c);
                if (c.blocksWithSentences() == 0) {
                    quiet++;
                }
                sentences += countSentences(Files.readString(p, StandardCharsets.UTF_8));
            }
            System.out.printf(Locale.ROOT, "%s: %d files, %d with no sentence detection; about %,d sentences, "
                    + "%,d detected in blocks with a candidate that needs them, %,d tagged = %.2f%% of all sentences%n",
                    folder, files.size(), quiet, sentences, all.sentences(), all.sentencesTagged(),
                    100.0 * all.sentencesTagged() / Math.max(1, sentences));
        }
    }

    private static long countSentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        long n = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (!text.substring(start, end).isBlank()) {
                n++;
            }
        }
        return n;
    }
}
