package org.lihaaz.git;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;

/**
 * The lines added or changed since a revision, by file (absolute, normalised paths), plus the files
 * that are new as a whole (untracked): every line of those counts as changed.
 */
public final class ChangedLines {
    private final Map<Path, BitSet> lines;
    private final Set<Path> wholeFiles;

    public ChangedLines(Map<Path, BitSet> lines, Set<Path> wholeFiles) {
        this.lines = Map.copyOf(lines);
        this.wholeFiles = Set.copyOf(wholeFiles);
    }

    /** True when some line from {@code firstLine} to {@code lastLine} (1-based, inclusive) changed. */
    public boolean touches(Path file, int firstLine, int lastLine) {
        if (wholeFiles.contains(file)) {
            return true;
        }
        BitSet changed = lines.get(file);
        if (changed == null) {
            return false;
        }
        int next = changed.nextSetBit(firstLine);
        return next >= 0 && next <= lastLine;
    }

    /** The changes of several repositories together (a run may check files in more than one). */
    public static ChangedLines union(java.util.Collection<ChangedLines> parts) {
        Map<Path, BitSet> lines = new java.util.HashMap<>();
        Set<Path> whole = new java.util.HashSet<>();
        for (ChangedLines c : parts) {
            c.lines.forEach((file, bits) -> lines.merge(file, (BitSet) bits.clone(), (a, b) -> {
                BitSet both = (BitSet) a.clone();
                both.or(b);
                return both;
            }));
            whole.addAll(c.wholeFiles);
        }
        return new ChangedLines(lines, whole);
    }

    public int fileCount() {
        return lines.size() + wholeFiles.size();
    }
}
