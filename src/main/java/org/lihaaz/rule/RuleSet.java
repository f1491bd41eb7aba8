package org.lihaaz.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.lihaaz.lang.Language;

/**
 * An immutable collection of rules with unique ids, in a stable order (language, pack, file order), and
 * the concepts that group them across languages ({@link Concept}; a rule is in one concept at most).
 */
public final class RuleSet {
    private final Map<String, Rule> byId;
    private final Map<String, Concept> concepts;
    private final Map<String, Concept> conceptOfRule;

    private RuleSet(Map<String, Rule> byId) {
        this(byId, new TreeMap<>());
    }

    private RuleSet(Map<String, Rule> byId, Map<String, Concept> concepts) {
        this.byId = Collections.unmodifiableMap(byId);
        this.concepts = Collections.unmodifiableMap(concepts);
        Map<String, Concept> of = new java.util.HashMap<>();
        for (Concept c : concepts.values()) {
            for (String id : c.ruleIds()) {
                Concept previous = of.putIfAbsent(id, c);
                if (previous != null) {
                    throw new org.lihaaz.yaml.YamlException(c.location(), "rule '" + id + "' is in concept '" + c.id()
                            + "' and in concept '" + previous.id() + "' (" + previous.location() + "); a rule belongs to one concept at most");
                }
            }
        }
        this.conceptOfRule = Collections.unmodifiableMap(of);
    }

    public static RuleSet of(Collection<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            Rule previous = map.putIfAbsent(r.id(), r);
            if (previous != null) {
                throw new org.lihaaz.yaml.YamlException(r.location(),
                        "duplicate rule id '" + r.id() + "' (first defined at " + previous.location() + ")");
            }
        }
        return new RuleSet(map);
    }

    public static RuleSet empty() {
        return new RuleSet(new LinkedHashMap<>());
    }

    /** This set with these concepts added (checked by {@link ConceptLoader#check}); concept ids must not repeat. */
    public RuleSet withConcepts(Collection<Concept> added) {
        Map<String, Concept> all = new TreeMap<>(concepts);
        for (Concept c : added) {
            Concept previous = all.putIfAbsent(c.id(), c);
            if (previous != null) {
                throw new org.lihaaz.yaml.YamlException(c.location(), "duplicate concept '" + c.id() + "' (first defined at "
                        + previous.location() + ")");
            }
        }
        return new RuleSet(new LinkedHashMap<>(byId), all);
    }

    /** This set plus {@code other}, rules and concepts; ids must not repeat. */
    public RuleSet plus(RuleSet other) {
        List<Rule> all = new ArrayList<>(byId.values());
        all.addAll(other.rules());
        return of(all).withConcepts(concepts.values()).withConcepts(other.concepts());
    }

    /** Every concept, by id. */
    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** The concept a rule belongs to, if any. */
    public Optional<Concept> conceptOf(String ruleId) {
        return Optional.ofNullable(conceptOfRule.get(ruleId));
    }

    public List<Rule> rules() {
        return List.copyOf(byId.values());
    }

    public Optional<Rule> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public RuleSet filter(Predicate<Rule> keep) {
        Map<String, Rule> map = new LinkedHashMap<>();
        byId.values().stream().filter(keep).forEach(r -> map.put(r.id(), r));
        // Concepts stay whole: a rule turned off is still part of its concept.
        return new RuleSet(map, new TreeMap<>(concepts));
    }

    /** Rule counts per language and pack, sorted by language then pack name. */
    public Map<Language, Map<String, Integer>> packCounts() {
        Map<Language, Map<String, Integer>> out = new TreeMap<>();
        for (Rule r : byId.values()) {
            out.computeIfAbsent(r.language(), l -> new TreeMap<>()).merge(r.pack(), 1, Integer::sum);
        }
        return out;
    }

    /** Every rule id and pack name of this set (what {@link #knows} accepts), for suggestions. */
    public java.util.Set<String> names() {
        java.util.Set<String> out = new java.util.TreeSet<>(byId.keySet());
        byId.values().forEach(r -> out.add(r.pack()));
        return out;
    }

    /** True when {@code name} is a rule id or a pack name of this set. */
    public boolean knows(String name) {
        return byId.containsKey(name) || byId.values().stream().anyMatch(r -> r.pack().equals(name));
    }
}
