package org.lihaaz.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.Location;

/**
 * One harm across languages ({@code rules/concepts/<id>.yml}): the rules that flag it in each language
 * and the one policy they share (level, optionally fix safety, the meanings deliberately left alone).
 * A language without member rules says why in {@code none}.
 *
 * @param id         the concept's id, its file name without {@code .yml}
 * @param title      a short noun phrase
 * @param harm       one sentence: what the wording does
 * @param level      the level every member rule has
 * @param fix        the fix safety every member rule has; null when the concept does not say
 * @param exceptions meanings deliberately left alone, in words
 * @param members    member rules per language, in file order (every language present, maybe empty)
 * @param none       per language without members: why there is none
 * @param location   where the concept is written
 */
public record Concept(
        String id,
        String title,
        String harm,
        Level level,
        Rule.FixSafety fix,
        List<String> exceptions,
        Map<Language, List<Member>> members,
        Map<Language, String> none,
        Location location) {

    /** A member rule id and where the concept file names it (for errors). */
    public record Member(String ruleId, Location location) {
    }

    public Concept {
        exceptions = List.copyOf(exceptions);
        Map<Language, List<Member>> m = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            m.put(l, List.copyOf(members.getOrDefault(l, List.of())));
        }
        members = Collections.unmodifiableMap(m);
        none = Collections.unmodifiableMap(none.isEmpty() ? new EnumMap<>(Language.class) : new EnumMap<>(none));
    }

    /** The member rule ids of one language. */
    public List<String> ruleIds(Language language) {
        return members.get(language).stream().map(Member::ruleId).toList();
    }

    /** Every member rule id, language by language. */
    public List<String> ruleIds() {
        List<String> out = new ArrayList<>();
        for (Language l : Language.values()) {
            out.addAll(ruleIds(l));
        }
        return out;
    }
}
