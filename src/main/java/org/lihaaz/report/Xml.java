package org.lihaaz.report;

/** Escaping for the XML reporters; characters XML 1.0 cannot hold become U+FFFD. */
final class Xml {
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    /** For attribute values in double quotes: line breaks and tabs kept as character references. */
    static String attr(String s) {
        return escape(s, true);
    }

    /** For element content. */
    static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean allowed = cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF
                            && !(cp >= 0xD800 && cp <= 0xDFFF);
                    b.appendCodePoint(allowed ? cp : 0xFFFD);
                }
            }
        }
        return b.toString();
    }
}
