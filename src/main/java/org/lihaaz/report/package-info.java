/**
 * Results: {@link org.lihaaz.report.FileReport} and {@link org.lihaaz.report.Problem} (returned by the
 * engine, under the engine API's promise for reading them), the run's {@link org.lihaaz.report.Report}, and the
 * reporters registered by name in {@link org.lihaaz.report.Reporters}.
 *
 * <p>The reporters and their helpers are tool API. Lihaaz's own programs (the command line, the language server) are built on it
 * and on the engine API only, never on internals; other programs may use it, but it changes with the tools:
 * no promise between releases beyond the engine API's.
 */
package org.lihaaz.report;
