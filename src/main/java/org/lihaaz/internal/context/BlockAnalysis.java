package org.lihaaz.internal.context;

import org.lihaaz.context.CheckCounters;

import java.util.Arrays;
import opennlp.tools.util.Span;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.token.Tokens;

/**
 * What the context checks know about one block: its tokens, and, computed only when a rule asks,
 * its sentences and the part-of-speech tags of the sentences that hold candidates.
 */
final class BlockAnalysis {
    private final Tokens tokens;
    private final Language language;
    private final NlpModels models;
    private final CheckCounters counters;
    /** First token index of each sentence, ascending; null until needed. */
    private int[] sentenceStarts;
    private String[] tags;
    private boolean[] tagged;
    /** Quotation spans as char index pairs; null until needed. */
    private int[] quotations;

    BlockAnalysis(Tokens tokens, Language language, NlpModels models, CheckCounters counters) {
        this.tokens = tokens;
        this.language = language;
        this.models = models;
        this.counters = counters;
    }

    Tokens tokens() {
        return tokens;
    }

    Language language() {
        return language;
    }

    String text() {
        return tokens.text();
    }

    /** Quotation spans of the block ({@link QuoteHeuristic#spans}), found the first time a check asks. */
    int[] quotations() {
        if (quotations == null) {
            quotations = QuoteHeuristic.spans(text());
        }
        return quotations;
    }

    /** True when token {@code i} lies inside a quotation. */
    boolean inQuotation(int i) {
        return QuoteHeuristic.spanAt(quotations(), tokens.start(i)) >= 0;
    }

    /** Token range [from, to) of the sentence holding token {@code i}. */
    int[] sentence(int i) {
        int[] starts = sentenceStarts();
        int k = Arrays.binarySearch(starts, i);
        int idx = k >= 0 ? k : Math.max(0, -k - 2);
        int from = starts[idx];
        int to = idx + 1 < starts.length ? starts[idx + 1] : tokens.size();
        return new int[] {from, to};
    }

    /** Universal Dependencies tag of token {@code i}, or null where no tagger exists for the language. */
    String tag(int i) {
        if (language != Language.EN) {
            return null;
        }
        if (tags == null) {
            // The tagger's model loads on another core while this one finds the sentences.
            models.prepareTagger();
            tags = new String[tokens.size()];
            tagged = new boolean[tokens.size()];
        }
        if (!tagged[i]) {
            int[] starts = sentenceStarts();
            int k = Arrays.binarySearch(starts, i);
            int idx = k >= 0 ? k : Math.max(0, -k - 2);
            int from = starts[idx];
            int to = idx + 1 < starts.length ? starts[idx + 1] : tokens.size();
            // A long sentence is tagged in a window around the word asked about: the tagger's features
            // look two words either side, so the middle of a window of 2 * TAG_REACH + 1 words is tagged
            // as in the whole sentence, at a fraction of the cost on news sentences of 40 words and more.
            int winFrom = Math.max(from, i - TAG_REACH);
            int winTo = Math.min(to, i + TAG_REACH + 1);
            tagRange(winFrom, winTo, winFrom == from ? from : winFrom + TAG_EDGE, winTo == to ? to : winTo - TAG_EDGE);
        }
        return tags[i];
    }

    /** True when a sentence ends between token {@code left} and token {@code left + 1}: a cheap check for windows. */
    boolean breakAfter(int left) {
        return tokens.sentenceBreakBefore(left + 1);
    }

    /** True when token {@code i} opens a sentence, a heading or a clause after a colon or quotation mark. */
    boolean startsSentence(int i) {
        if (i == 0) {
            return true;
        }
        String gap = tokens.gap(i - 1, i);
        for (int k = 0; k < gap.length(); k++) {
            if (".!?:;\"\u201C\u201D()[]\u2014\u2013\n\u06D4\u061F".indexOf(gap.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int[] sentenceStarts() {
        if (sentenceStarts != null) {
            return sentenceStarts;
        }
        Span[] spans = language == Language.EN ? models.sentenceDetector().sentPosDetect(text()) : null;
        int[] starts = new int[Math.max(1, spans == null ? 1 : spans.length)];
        int count = 0;
        if (spans == null) {
            starts[count++] = 0;
            for (int t = 0; t + 1 < tokens.size(); t++) {
                if (breakAfter(t)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = t + 1;
                }
            }
        } else {
            int t = 0;
            for (Span s : spans) {
                while (t < tokens.size() && tokens.start(t) < s.getStart()) {
                    t++;
                }
                if (count == 0 || starts[count - 1] != t) {
                    starts[count++] = t;
                }
            }
            if (count == 0 || starts[0] != 0) {
                int[] withZero = new int[count + 1];
                withZero[0] = 0;
                System.arraycopy(starts, 0, withZero, 1, count);
                starts = withZero;
                count++;
            }
        }
        sentenceStarts = Arrays.copyOf(starts, count);
        counters.sentencesDetected(count);
        return sentenceStarts;
    }

    /** Words either side of the asked word that a window for tagging takes in. */
    private static final int TAG_REACH = 10;
    /** Words at a window's cut edges whose tags are not kept: they lack their neighbours. */
    private static final int TAG_EDGE = 3;

    /**
     * Tags tokens [from, to) as one stretch and keeps the tags of [keepFrom, keepTo), marking them
     * tagged.
     */
    private void tagRange(int from, int to, int keepFrom, int keepTo) {
        if (from >= to) {
            return;
        }
        int charFrom = tokens.start(from);
        int charTo = tokens.end(to - 1);
        String sentence = text().substring(charFrom, charTo);
        Span[] spans = models.tokenizer().tokenizePos(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] nlpTags = models.tagger().tag(words);
        int s = 0;
        for (int t = from; t < to; t++) {
            int rel = tokens.start(t) - charFrom;
            while (s + 1 < spans.length && spans[s].getEnd() <= rel) {
                s++;
            }
            if (s < spans.length && t >= keepFrom && t < keepTo) {
                String tag = nlpTags[s];
                int plus = tag.indexOf('+');
                tags[t] = plus > 0 ? tag.substring(0, plus) : tag;
                tagged[t] = true;
            }
        }
        counters.sentenceTagged();
    }
}
