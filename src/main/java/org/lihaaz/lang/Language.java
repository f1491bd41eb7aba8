package org.lihaaz.lang;

import java.util.Optional;

/** The languages Lihaaz has rules for, named by the codes used in rule folders and reports. */
public enum Language {
    EN("en", "English"),
    UR("ur", "Urdu"),
    ROMAN_UR("roman-ur", "Roman Urdu");

    private final String code;
    private final String displayName;

    Language(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Language> byCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
