package org.lihaaz.suppress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Rule;

/**
 * A project's decisions about the rules: which run, at what level, and which terms it accepts
 * everywhere. Settings name a rule id or a whole pack; a rule id wins over its pack. Rules nobody
 * names run when they are at least as sure as {@link #minSureness()}.
 */
public final class Policy {
    /** Rules less sure than this do not run unless a project asks for them. */
    public static final Rule.Sureness DEFAULT_SURENESS = Rule.Sureness.MEDIUM;

    /** On or off, and optionally at another level. */
    private record Setting(boolean on, Level level) {
    }

    private final Map<String, Setting> settings;
    private final List<String> allow;
    private final Rule.Sureness minSureness;

    private Policy(Map<String, Setting> settings, List<String> allow, Rule.Sureness minSureness) {
        this.settings = Map.copyOf(settings);
        this.allow = List.copyOf(allow);
        this.minSureness = minSureness;
    }

    public static Policy none() {
        return new Policy(Map.of(), List.of(), DEFAULT_SURENESS);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEnabled(Rule rule) {
        Setting byId = settings.get(rule.id());
        if (byId != null) {
            return byId.on();
        }
        Setting byPack = settings.get(rule.pack());
        if (byPack != null) {
            return byPack.on();
        }
        return rule.sureness().compareTo(minSureness) >= 0;
    }

    /** The level findings of this rule are reported at. */
    public Level levelOf(Rule rule) {
        Setting byId = settings.get(rule.id());
        if (byId != null && byId.level() != null) {
            return byId.level();
        }
        Setting byPack = settings.get(rule.pack());
        if (byPack != null && byPack.level() != null) {
            return byPack.level();
        }
        return rule.level();
    }

    public List<String> allowedTerms() {
        return allow;
    }

    public Rule.Sureness minSureness() {
        return minSureness;
    }

    /** Names (ids or packs) this policy mentions. */
    public Set<String> names() {
        return new HashSet<>(settings.keySet());
    }

    public static final class Builder {
        private final Map<String, Setting> settings = new HashMap<>();
        private final List<String> allow = new ArrayList<>();
        private Rule.Sureness minSureness = DEFAULT_SURENESS;

        /** Turns a rule or pack off. */
        public Builder disable(String name) {
            settings.put(name, new Setting(false, null));
            return this;
        }

        /** Turns a rule or pack on, at {@code level} when given, else at each rule's own level. */
        public Builder enable(String name, Level level) {
            Setting old = settings.get(name);
            settings.put(name, new Setting(true, level != null ? level : old != null ? old.level() : null));
            return this;
        }

        public Builder allow(String term) {
            allow.add(term);
            return this;
        }

        /** Runs only rules at least this sure, besides those named explicitly (default medium). */
        public Builder minSureness(Rule.Sureness sureness) {
            this.minSureness = sureness;
            return this;
        }

        public Policy build() {
            return new Policy(settings, allow, minSureness);
        }
    }
}
