package org.lihaaz.context;

/**
 * Counts of work done while checking one input, so benchmarks can report how much NLP ran
 * (sentences detected and tagged) without timing anything in tests. Confined to one thread.
 */
public final class CheckCounters {
    private int blocksWithSentences;
    private int sentences;
    private int sentencesTagged;

    public void sentencesDetected(int count) {
        blocksWithSentences++;
        sentences += count;
    }

    public void sentenceTagged() {
        sentencesTagged++;
    }

    /** Blocks whose sentences were detected with OpenNLP or the punctuation fallback. */
    public int blocksWithSentences() {
        return blocksWithSentences;
    }

    /** Sentences found in those blocks. */
    public int sentences() {
        return sentences;
    }

    /** Sentences that were part-of-speech tagged. */
    public int sentencesTagged() {
        return sentencesTagged;
    }

    /** Adds the counts of work done elsewhere (another piece of the same file, checked on another thread). */
    public void add(CheckCounters other) {
        blocksWithSentences += other.blocksWithSentences;
        sentences += other.sentences;
        sentencesTagged += other.sentencesTagged;
    }
}
