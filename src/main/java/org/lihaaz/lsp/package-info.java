/**
 * The language server ({@code lihaaz lsp}): documents an editor has open, checked as they are typed by
 * the engine the command line uses, with the project's configuration; diagnostics, hover and code
 * actions over LSP (Eclipse LSP4J, stdio). It reads only the engine's public API, the configuration,
 * the fix planner and the allow-list editor; see docs/editors.md.
 */
package org.lihaaz.lsp;
