/**
 * The engine API: what a program that embeds Lihaaz holds on to.
 *
 * <p>{@link org.lihaaz.engine.Lihaaz} is an engine, built once from rule packs and settings ({@link
 * org.lihaaz.engine.Lihaaz#builder()}) or from a project's {@code .lihaaz.yml} ({@link
 * org.lihaaz.engine.Lihaaz#fromConfig}, {@link org.lihaaz.engine.Engines} for many projects sharing the
 * built-in packs), with a program's language, sureness and messages over it ({@link org.lihaaz.engine.Setup}).
 * It is immutable and thread-safe. {@link org.lihaaz.engine.Lihaaz#check(org.lihaaz.engine.Input)} checks one
 * {@link org.lihaaz.engine.Input} (a named text, bytes or a file) and returns a {@link
 * org.lihaaz.report.FileReport}: {@link org.lihaaz.finding.Finding}s with their messages and advice already in
 * the language chosen for messages, and {@link org.lihaaz.report.Problem}s (what could not be read) as values.
 * Broken rules or configuration are thrown when an engine is built, with file, line and column ({@link
 * org.lihaaz.engine.SetupException}, {@link org.lihaaz.yaml.YamlException}). {@link
 * org.lihaaz.engine.BlockCache} lets a program that checks the same text after each edit re-check only the
 * blocks that changed.
 *
 * <p>The values these signatures name are in the public value packages ({@code finding}, {@code report},
 * {@code rule}, {@code lang}, {@code format}, {@code source}, {@code prose}, {@code yaml}, {@code suppress},
 * {@code context}, {@code match}) and {@code config}; nothing here names a type of {@code org.lihaaz.internal} (ApiBoundaryTest).
 * picocli, LSP4J and the logging bindings are optional dependencies of the artifact, so an embedder does not
 * inherit them.
 *
 * <p>Compatibility: the engine API. Within a major version its public types and members keep source and
 * binary compatibility (until 1.0, within a minor version); additions come in any release, and a removal is
 * deprecated for one release first.
 */
package org.lihaaz.engine;
