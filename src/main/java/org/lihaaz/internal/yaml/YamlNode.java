package org.lihaaz.internal.yaml;

import org.lihaaz.yaml.Location;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every loading error can name file, line and column. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    Location location();

    /** A short word for error messages: "text", "list" or "map". */
    String kind();

    /** A scalar; {@code text} is null for an explicit YAML null. */
    record Scalar(String text, boolean quoted, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "text";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /** A mapping whose keys keep their order and their own locations. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "map";
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {
    }
}
