package org.lihaaz.format;

import org.lihaaz.prose.Prose;
import org.lihaaz.source.SourceText;

/** Extracts the prose a person reads from one source format, with positions back into the source. */
public interface FormatReader {
    Prose read(SourceText source);
}
