package org.lihaaz.cli;

/** The commented starter configuration that {@code lihaaz init} writes. */
public final class StarterConfig {
    public static final String TEXT = """
            # Lihaaz configuration. Lihaaz uses the nearest .lihaaz.yml above each checked file.
            # Every key is optional; unknown keys are errors. Uncomment a line to use it.
            # Every key is described at https://github.com/lihaaz/lihaaz/blob/main/docs/configuration.md

            # Language of the text: auto (decide per paragraph and sentence), en, ur or roman-ur.
            language: auto

            # Language of Urdu and Roman Urdu findings' messages: native (the text's own) or en.
            messages: native

            # Lowest level that makes `lihaaz check` exit with 1: suggestion, warning, error or never.
            fail-on: warning

            # Least sure rules to run: low (adds words that are often innocent, such as mild
            # profanity), medium or high.
            sureness: medium

            # Turn whole packs on or off (see `lihaaz rules list`).
            packs:
              # tech: off

            # Change one rule's level, or turn it off (see `lihaaz rules explain ID`).
            rules:
              # gender.chairman: error
              # age.the-elderly: off

            # Terms this project accepts everywhere, e.g. an official title it must quote.
            allow:
              # - Chairman

            # Files not to check, as gitignore-style globs relative to this file.
            ignore:
              # - "archive/**"

            # Folders of your own rule packs (<folder>/<language>/<pack>.yml), relative to this file.
            # `lihaaz rules new house.my-rule` starts one in style/rules.
            extra-rules:
              # - style/rules

            # Front-matter fields checked in Markdown and HTML (default: title, description, summary, excerpt, tags).
            # front-matter: [title, description, summary, excerpt, tags]

            # Extensions read in folders besides the built-in ones, and the format each is read as
            # (text, markdown, html, srt, vtt, docx, fountain).
            extensions:
              # script: fountain

            # Findings already known (written by `lihaaz check --write-baseline FILE`), left out of
            # every run, the pre-commit hook's included; relative to this file.
            # baseline: .lihaaz-baseline.json
            """;

    private StarterConfig() {
    }
}
