package org.lihaaz.report;

import java.nio.charset.StandardCharsets;

/**
 * Report paths as URI references, as SARIF and other formats want them: each path segment
 * percent-encoded (RFC 3986), '/' kept, absolute paths as {@code file://} URIs.
 */
final class SarifUris {
    /** Kept as they are; ':' is always encoded, so no relative path can read as a scheme. */
    private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=@";

    private SarifUris() {
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/");
    }

    static String of(String path) {
        String p = path;
        StringBuilder b = new StringBuilder(isAbsolute(p) ? "file://" : "");
        byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
        for (byte x : bytes) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
                    || (c < 0x80 && UNRESERVED_AND_SUB_DELIMS.indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
