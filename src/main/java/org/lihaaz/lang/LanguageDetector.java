package org.lihaaz.lang;

/**
 * Decides the language of one prose block. Arabic-script text is Urdu; Latin-script text is English
 * until a Roman Urdu detector is added.
 */
public final class LanguageDetector {
    public Language detect(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFDFF'
                    || c >= '\uFE70' && c <= '\uFEFF') {
                arabic++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic > latin ? Language.UR : Language.EN;
    }

    public Language choose(LanguageChoice choice, CharSequence text) {
        return choice.isAuto() ? detect(text) : choice.fixed();
    }
}
