package org.lihaaz.cli;

/** The commented starter configuration that {@code lihaaz init} writes. */
public final class StarterConfig {
    public static final String TEXT = """
            # Lihaaz configuration. Lihaaz uses the nearest .lihaaz.yml above each checked file.
            # Every key is optional; unknown keys are errors. Docs: docs/configuration.md

            # Language of the text: auto (decide per paragraph and sentence), en, ur or roman-ur.
            language: auto

            # Language of Urdu and Roman Urdu findings' messages: native (the text's own) or en.
            messages: native

            # Lowest level that makes `lihaaz check` exit with 1: suggestion, warning, error or never.
            fail-on: warning

            # Turn whole packs on or off (see `lihaaz rules list`).
            packs:
              # tech: off

            # Change one rule's level, or turn it off (see `lihaaz rules explain ID`).
            rules:
              # gender.chairman: error
              # age.elderly: off

            # Terms this project accepts everywhere, e.g. an official title it must quote.
            allow:
              # - Chairman

            # Files not to check, as gitignore-style globs relative to this file.
            ignore:
              # - "archive/**"

            # Folders of your own rule packs (<folder>/<language>/<pack>.yml), relative to this file.
            extra-rules:
              # - style/rules

            # Front-matter fields checked in Markdown and HTML (default: title, description, summary, excerpt, tags).
            # front-matter: [title, description, summary, excerpt, tags]

            # Extensions read in folders besides the built-in ones, and the format each is read as
            # (text, markdown, html, srt, vtt, docx, fountain).
            extensions:
              # script: fountain
            """;

    private StarterConfig() {
    }
}
