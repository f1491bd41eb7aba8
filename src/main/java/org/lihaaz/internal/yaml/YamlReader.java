package org.lihaaz.internal.yaml;

import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into {@link YamlNode}s with locations. Limits keep hostile files harmless:
 * a cap on size and nesting; aliases are refused outright (so an alias bomb is never expanded; a cap
 * on them stays in the parser's options as a second line); tags build nothing (the streaming parser
 * only reports them); duplicate keys are errors rather than silently overwritten.
 */
public final class YamlReader {
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ALIASES = 20;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /**
     * Parses {@code text}; an empty document gives null.
     *
     * @param file the name used in error messages
     */
    public YamlNode read(String text, String file) {
        if (text.length() > MAX_CHARS) {
            throw new YamlException(new Location(file, 1, 1), "file is larger than " + MAX_CHARS / (1024 * 1024) + " MB");
        }
        try (YAMLParser parser = (YAMLParser) factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode node = readValue(parser, file);
            if (parser.nextToken() != null) {
                throw new YamlException(location(parser, file), "more than one YAML document; keep one per file");
            }
            return node;
        } catch (YamlException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw new YamlException(new Location(file, 1, 1), "too deeply nested (limit " + MAX_DEPTH + " levels)");
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                throw syntaxError(m, file);
            }
            throw new YamlException(errorLocation(e, file), "not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private YamlNode readValue(YAMLParser p, String file) throws IOException {
        Location here = location(p, file);
        if (p.isCurrentAlias()) {
            // The streaming parser would hand back the anchor's name as if it were the value.
            throw new YamlException(here, "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyLoc = location(p, file);
                    if (entries.containsKey(key)) {
                        throw new YamlException(keyLoc, "duplicate key '" + key + "'");
                    }
                    p.nextToken();
                    entries.put(key, new YamlNode.Entry(key, keyLoc, readValue(p, file)));
                }
                return new YamlNode.Mapping(entries, here);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file));
                }
                return new YamlNode.Sequence(items, here);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, false, here);
            }
            default -> {
                if (!t.isScalarValue()) {
                    throw new YamlException(here, "unexpected " + t);
                }
                // A key with nothing after it reads as an empty string; treat it as YAML null.
                String text = p.getText();
                return new YamlNode.Scalar(text == null || text.isEmpty() ? null : text, false, here);
            }
        }
    }

    private static Location location(JsonParser p, String file) {
        JsonLocation loc = p.currentTokenLocation();
        return new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /**
     * SnakeYAML's explanation in one line: what it expected (the problem) and what it was reading
     * (the context). The place is where that context began when there is one, since a bracket or
     * quote left open is noticed only on a later line, and the person must look where it opened.
     */
    private static YamlException syntaxError(org.yaml.snakeyaml.error.MarkedYAMLException m, String file) {
        org.yaml.snakeyaml.error.Mark problemAt = m.getProblemMark();
        org.yaml.snakeyaml.error.Mark contextAt = m.getContextMark();
        String problem = m.getProblem() == null ? "unreadable" : m.getProblem().strip();
        StringBuilder message = new StringBuilder("not valid YAML: ").append(problem);
        org.yaml.snakeyaml.error.Mark at = problemAt;
        if (m.getContext() != null) {
            message.append(" (").append(m.getContext().strip());
            if (contextAt != null && contextAt.getLine() != problemAt.getLine()) {
                message.append(" that starts here; the problem shows at line ").append(problemAt.getLine() + 1)
                        .append(", column ").append(problemAt.getColumn() + 1);
                at = contextAt;
            }
            message.append(')');
        }
        return new YamlException(new Location(file, at.getLine() + 1, at.getColumn() + 1), firstLine(message.toString()));
    }

    private static Location errorLocation(Exception e, String file) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation loc = jpe.getLocation();
            return new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
        }
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            return new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
        }
        return new Location(file, 1, 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * A file that is a YAML list of strings (terms of art, homographs): each item, stripped. A file
     * that is not a list, or an item that is not a string {@code ok} accepts, is an error at its place.
     *
     * @param notAList what to say when the file is not a list
     * @param badItem  what to say of an item that is not accepted
     */
    public List<String> readStrings(String text, String file, String notAList, String badItem,
            java.util.function.Predicate<String> ok) {
        YamlNode node = read(text, file);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw new YamlException(node.location(), notAList);
        }
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.text().isBlank() || !ok.test(s.text().strip())) {
                throw new YamlException(item.location(), badItem);
            }
            out.add(s.text().strip());
        }
        return out;
    }
}
