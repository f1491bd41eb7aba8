/**
 * "Did you mean": the known name nearest a mistyped one, for every message about an unknown name.
 *
 * <p>Compatibility: tool API. Lihaaz's own programs (the command line, the language server) are built on it
 * and on the engine API only, never on internals; other programs may use it, but it changes with the tools:
 * no promise between releases beyond the engine API's.
 */
package org.lihaaz.names;
