package org.lihaaz.internal.source;

/** Small facts about the letters of a text that several stages ask. */
public final class Letters {
    private Letters() {
    }

    /** True when the text has a letter and every letter in it is a capital ("MP", "INT. HOUSE", not "123"). */
    public static boolean allCapitals(CharSequence s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
