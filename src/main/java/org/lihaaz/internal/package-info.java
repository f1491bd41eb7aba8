/**
 * Internal: the machinery of the pipeline stages ({@code internal.source}, {@code internal.format},
 * {@code internal.prose}, {@code internal.lang}, {@code internal.token}, {@code internal.match}, {@code
 * internal.context}, {@code internal.rule}, {@code internal.finding}, {@code internal.suppress}, {@code
 * internal.yaml}). Public Java classes here are public only so that the stages and the engine can reach
 * one another; no program outside Lihaaz should use them, and they change in any release without notice.
 * The front-ends (the command line, the language server, the Spark job) never do (ApiBoundaryTest).
 */
package org.lihaaz.internal;
