package org.lihaaz.rule;

import java.util.Optional;

/**
 * Which language findings speak: {@code native}, the language of the text (an Urdu finding in Urdu,
 * a Roman Urdu one in Roman Urdu), or {@code en}, English for every finding.
 */
public enum MessageChoice {
    NATIVE, EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<MessageChoice> parse(String value) {
        for (MessageChoice m : values()) {
            if (m.code().equals(value)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
