package org.lihaaz.yaml;

/** A place in a YAML file: the file as the user would name it, and a 1-based line and column. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
