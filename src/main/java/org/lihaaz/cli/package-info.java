/**
 * The command line ({@code lihaaz}): picocli commands that parse options and print. A front-end: it uses
 * public packages only, like any program that embeds the engine (ApiBoundaryTest). Not an API.
 */
package org.lihaaz.cli;
