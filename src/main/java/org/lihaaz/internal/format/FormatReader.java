package org.lihaaz.internal.format;

import java.io.IOException;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.internal.source.SourceDecoder;
import org.lihaaz.source.SourceText;

/** Extracts the prose a person reads from one source format, with positions back into the source. */
public interface FormatReader {
    Prose read(SourceText source);

    /**
     * Turns an input's bytes into the text positions count in. Text formats decode UTF-8; a format
     * whose files are not text (a Word document) extracts its own text here.
     *
     * @throws IOException when the bytes are not a file of this format
     */
    default Decoded decode(byte[] bytes) throws IOException {
        return SourceDecoder.decode(bytes);
    }

    /** Whether {@code lihaaz check --fix} and {@code lihaaz review} may rewrite files of this format. */
    default boolean rewritable() {
        return true;
    }
}
