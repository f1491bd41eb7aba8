package org.lihaaz.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.lihaaz.format.Format;
import org.lihaaz.testing.FixInvariants;

/**
 * Fuzzes fix application the way {@code check --fix} runs it (ReportFixer, the same recheck),
 * writing to a {@link MemoryDisk}. See {@link FixInvariants} for what must hold.
 */
class FixFuzzTest {
    private static final List<Format> REWRITABLE = List.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.SUBRIP,
            Format.WEBVTT, Format.FOUNTAIN);

    @FuzzTest
    void fix(FuzzedDataProvider data) {
        Format format = data.pickValue(REWRITABLE);
        boolean bom = data.consumeBoolean();
        String text = FuzzText.of(data, format);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        FixInvariants.check(FuzzText.ENGINE, Path.of("/draft/f." + format.extensions().get(0)), format, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
