package org.lihaaz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.prose.Anchor;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.source.SourceText;

class SubtitleReaderTest {
    private static Prose read(String text) {
        return new SubtitleReader(SubtitleReader.Kind.SUBRIP).read(new SourceText(text));
    }

    @Test
    void startTimesAreWrittenOneWay() {
        assertEquals("00:01:23.450", SubtitleReader.startTime("00:01:23,450 --> 00:01:25,000"));
        assertEquals("00:01:23.450", SubtitleReader.startTime("01:23.450 --> 01:25.000 align:start"));
        assertEquals("01:02:03.004", SubtitleReader.startTime("1:02:03.004 --> 1:02:04.000"));
    }

    @Test
    void cuesJoinUntilASentenceEnds() {
        Prose p = read("1\n00:00:01,000 --> 00:00:02,000\nThe board\n\n2\n00:00:02,000 --> 00:00:03,000\n"
                + "<i>has resigned.</i>\n\n3\n00:00:03,000 --> 00:00:04,000\n\"Next one!\"\n");
        assertEquals(List.of("The board has resigned.", "\"Next one!\""), p.blocks().stream().map(ProseBlock::text).toList());
        assertEquals(List.of(1, 2, 3), p.anchors().stream().map(Anchor::index).toList());
    }

    @Test
    void aCueWithoutTheBlankLineBeforeItIsStillACue() {
        Prose p = read("1\n00:00:01,000 --> 00:00:02,000\nFirst line.\n2\n00:00:02,000 --> 00:00:03,000\nSecond line.\n");
        assertEquals(List.of("First line.", "Second line."), p.blocks().stream().map(ProseBlock::text).toList());
        assertEquals("00:00:02.000", p.anchors().get(1).label());
    }
}
