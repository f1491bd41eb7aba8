package org.lihaaz.yaml;

/** A rule or configuration file that cannot be used, with the place that is wrong. */
public class YamlException extends RuntimeException {
    private final Location location;

    public YamlException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    /** The one-line form printed to users: {@code file:line:col: message}. */
    @Override
    public String getMessage() {
        return location + ": " + super.getMessage();
    }

    public String reason() {
        return super.getMessage();
    }
}
