package org.lihaaz.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.finding.Excerpt;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Span;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.prose.OffsetMap;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.source.SourceText;

/**
 * What the last check of one text found in each of its blocks (paragraphs, subtitle cues), for a
 * program that checks the same text again after each small change (an editor's language server):
 * {@link Lihaaz#check(Input, BlockCache, java.util.function.BooleanSupplier)} reuses the findings of
 * every block whose prose and source are unchanged, moved to where the block now stands, and checks
 * only the blocks that changed.
 *
 * <p>A block's findings depend only on its prose and the source it was read from (matching,
 * language and context checks never look beyond the block), so a block read from the same source
 * text into the same prose with the same offsets gets the same findings wherever it stands. The
 * key holds all three. Suppression and anchors, which depend on the whole file, are applied after,
 * as in a full check. The cache keeps only the blocks of the latest check, so it never grows beyond
 * one text. One check at a time may use a cache; it belongs to one engine (another engine clears it).
 */
public final class BlockCache {
    private Map<Key, Entry> entries = new HashMap<>();
    private Map<Key, Entry> next = new HashMap<>();
    private Lihaaz owner;
    private int reused;
    private int checked;

    /** How many blocks the last check took from the cache. */
    public synchronized int reusedBlocks() {
        return reused;
    }

    /** How many blocks the last check had to check. */
    public synchronized int checkedBlocks() {
        return checked;
    }

    /** The block's identity: its prose, the source it covers, and a digest of its offset map relative to that source. */
    private record Key(String text, String source, long map) {
    }

    /** Findings of one block, with its source start then; chars per language as the engine counts them. */
    private record Entry(int base, List<Finding> findings, Map<Language, Integer> chars) {
    }

    /** A lookup: the key and where the block starts now. */
    record Probe(Key key, int base) {
    }

    synchronized void begin(Lihaaz engine) {
        if (owner != engine) {
            entries = new HashMap<>();
            owner = engine;
        }
        next = new HashMap<>();
        reused = 0;
        checked = 0;
    }

    /** Ends a check: only the blocks it saw are kept. */
    synchronized void end() {
        entries = next;
        next = new HashMap<>();
    }

    /** Drops a check that did not finish; the previous check's blocks stay. */
    synchronized void abandon() {
        next = new HashMap<>();
    }

    static Probe probe(ProseBlock block, SourceText source) {
        String text = block.text();
        if (text.isEmpty()) {
            return null;
        }
        OffsetMap map = block.map();
        int base = map.sourceStart(0);
        int end = map.sourceEnd(text.length());
        return new Probe(new Key(text, source.text().substring(base, Math.max(base, end)), map.shapeDigest()), base);
    }

    /** The block's findings placed where it now stands in {@code source}, or null when it is not cached. */
    synchronized List<Finding> lookup(Probe probe, SourceText source, Map<Language, Integer> chars) {
        Entry e = entries.get(probe.key());
        if (e == null) {
            checked++;
            return null;
        }
        reused++;
        e.chars().forEach((l, n) -> chars.merge(l, n, Integer::sum));
        int delta = probe.base() - e.base();
        // Even in place, the excerpt is taken again: it shows text beyond the block, which may have changed.
        List<Finding> here = e.findings().stream().map(f -> moved(f, delta, source)).toList();
        next.put(probe.key(), new Entry(probe.base(), here, e.chars()));
        return here;
    }

    synchronized void store(Probe probe, List<Finding> findings, Map<Language, Integer> chars) {
        next.put(probe.key(), new Entry(probe.base(), List.copyOf(findings), Map.copyOf(chars)));
    }

    /** A block's finding moved by {@code delta} chars (maybe 0) in a new version of the text: positions and excerpt taken there. */
    private static Finding moved(Finding f, int delta, SourceText source) {
        int s = f.sourceStart() + delta;
        int e = f.sourceEnd() + delta;
        Span before = f.wordBefore() == null ? null : new Span(f.wordBefore().start() + delta, f.wordBefore().end() + delta);
        return new Finding(f.rule(), f.term(), f.level(), f.language(), source.position(s), source.position(e), s, e,
                f.match(), f.suggestions(), f.message(), f.advice(), f.anchor(), before, Excerpt.of(source, s, e),
                f.notRewritable());
    }
}
