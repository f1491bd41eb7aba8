package org.lihaaz.suppress;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;

/**
 * A project's decisions about the rules: which are off, which run at another level, and which terms
 * it accepts everywhere. Keys name a rule id or a whole pack; a rule id wins over its pack.
 */
public final class Policy {
    private final Map<String, Optional<Level>> settings;
    private final List<String> allow;

    private Policy(Map<String, Optional<Level>> settings, List<String> allow) {
        this.settings = Map.copyOf(settings);
        this.allow = List.copyOf(allow);
    }

    public static Policy none() {
        return new Policy(Map.of(), List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.settings.putAll(settings);
        b.allow.addAll(allow);
        return b;
    }

    public boolean isEnabled(Rule rule) {
        return setting(rule).map(Optional::isPresent).orElse(true);
    }

    /** The level findings of this rule are reported at. */
    public Level levelOf(Rule rule) {
        return setting(rule).flatMap(l -> l).orElse(rule.level());
    }

    public List<String> allowedTerms() {
        return allow;
    }

    /** Names (ids or packs) this policy mentions, so callers can warn about ones no rule has. */
    public Set<String> names() {
        return new HashSet<>(settings.keySet());
    }

    private Optional<Optional<Level>> setting(Rule rule) {
        Optional<Level> byId = settings.get(rule.id());
        if (byId != null) {
            return Optional.of(byId);
        }
        return Optional.ofNullable(settings.get(rule.pack()));
    }

    public static final class Builder {
        private final Map<String, Optional<Level>> settings = new HashMap<>();
        private final java.util.ArrayList<String> allow = new java.util.ArrayList<>();

        /** Turns a rule or pack off. */
        public Builder disable(String name) {
            settings.put(name, Optional.empty());
            return this;
        }

        /** Turns a rule or pack on at its own level, or at {@code level} when given. */
        public Builder enable(String name, Level level) {
            if (level == null) {
                settings.remove(name);
            } else {
                settings.put(name, Optional.of(level));
            }
            return this;
        }

        public Builder allow(String term) {
            allow.add(term);
            return this;
        }

        public Policy build() {
            return new Policy(settings, allow);
        }
    }
}
