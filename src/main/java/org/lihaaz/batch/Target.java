package org.lihaaz.batch;

import java.nio.file.Path;

/**
 * A file the walker found, or one the user named.
 *
 * @param path     where it is on disk
 * @param display  how reports name it
 * @param explicit the user named it (so it is read whatever its extension)
 * @param tree     the real path of the folder the user named and the walker found it in; null when
 *                 the user named the file itself. A rewrite must stay inside it.
 */
record Target(Path path, String display, boolean explicit, Path tree) {
}
