/**
 * Where a rule's term occurs before any context check ({@link org.lihaaz.match.Candidate}), as rule tests
 * see it through {@link org.lihaaz.context.Verdict}.
 *
 * <p>Compatibility: a public value under the engine API's promise for reading it (see {@link
 * org.lihaaz.engine}); its constructor serves the stages and may change. The term trie and the matcher
 * are in {@code org.lihaaz.internal.match}.
 */
package org.lihaaz.match;
