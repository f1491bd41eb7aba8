/**
 * The language server ({@code lihaaz lsp}): documents an editor has open, checked as they are typed by
 * the engine the command line uses, with the project's configuration; diagnostics, hover and code
 * actions over LSP (Eclipse LSP4J, stdio). A front-end: it builds engines through the engine API ({@link
 * org.lihaaz.engine.Engines}) and uses public packages only, never {@code org.lihaaz.internal}
 * (ApiBoundaryTest); see docs/editors.md.
 */
package org.lihaaz.lsp;
