package org.lihaaz.internal.yaml;

import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Strict accessors over a {@link YamlNode.Mapping}: unknown keys, missing fields and wrong types
 * become {@link YamlException}s that point at the offending place.
 */
public final class YamlFields {
    private final YamlNode.Mapping map;
    private final String what;

    public YamlFields(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new YamlException(node.location(), what + " must be a map, not a " + node.kind());
        }
        this.map = m;
        this.what = what;
    }

    public Location location() {
        return map.location();
    }

    /** Fails on the first key that is not in {@code allowed}. */
    public YamlFields allowOnly(Set<String> allowed) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new YamlException(e.keyLocation(), "unknown key '" + e.key() + "' in " + what
                        + org.lihaaz.names.DidYouMean.hint(e.key(), allowed) + " (known keys: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    public YamlNode node(String key) {
        return map.get(key);
    }

    public Location keyLocation(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? map.location() : e.keyLocation();
    }

    public String requiredText(String key) {
        YamlNode n = map.get(key);
        if (n == null) {
            throw new YamlException(map.location(), what + " is missing '" + key + "'");
        }
        return text(n, key);
    }

    public String optionalText(String key, String fallback) {
        YamlNode n = map.get(key);
        return n == null ? fallback : text(n, key);
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> texts(String key, boolean required) {
        YamlNode n = map.get(key);
        if (n == null || isNull(n)) {
            if (required) {
                throw new YamlException(n == null ? map.location() : n.location(),
                        n == null ? what + " is missing '" + key + "'" : "'" + key + "' must not be empty");
            }
            return List.of();
        }
        if (n instanceof YamlNode.Scalar) {
            return List.of(text(n, key));
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            throw new YamlException(n.location(), "'" + key + "' must be a list of texts, not a " + n.kind());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            out.add(text(item, key));
        }
        if (required && out.isEmpty()) {
            throw new YamlException(n.location(), "'" + key + "' must not be empty");
        }
        return out;
    }

    public int optionalInt(String key, int fallback, int min, int max) {
        YamlNode n = map.get(key);
        if (n == null) {
            return fallback;
        }
        String t = text(n, key);
        try {
            int v = Integer.parseInt(t.strip());
            if (v < min || v > max) {
                throw new YamlException(n.location(), "'" + key + "' must be between " + min + " and " + max + ", not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new YamlException(n.location(), "'" + key + "' must be a whole number, not '" + t + "'");
        }
    }

    /** An explicit YAML null, or a key written with nothing after it. */
    public static boolean isNull(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.text() == null;
    }

    public static String text(YamlNode n, String key) {
        if (!(n instanceof YamlNode.Scalar s)) {
            throw new YamlException(n.location(), "'" + key + "' must be text, not a " + n.kind());
        }
        if (s.text() == null || s.text().isBlank()) {
            throw new YamlException(n.location(), "'" + key + "' must not be empty");
        }
        return s.text();
    }
}
