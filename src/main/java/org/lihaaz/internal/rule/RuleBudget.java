package org.lihaaz.internal.rule;

import org.lihaaz.rule.ClassWords;
import org.lihaaz.rule.PatternPart;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;

import org.lihaaz.yaml.Location;
import org.lihaaz.yaml.YamlException;

/**
 * A bound on what the extra rule packs of a run may cost to compile, all packs together. Each pack
 * file is within its own limits (4 MB, 1,024 variants a term), but many such packs together made
 * word tries of tens of millions of forms: 35 s per input and then out of memory, blamed on the
 * input. So the packs' term variants are counted when the engine is built, once per run, and the
 * run stops there, naming the pack that goes over. The built-in packs (41,595 variants) come
 * precompiled and are not counted.
 */
public final class RuleBudget {
    /** Term variants (alternatives and word classes expanded, before inflection) all extra packs may have together. */
    public static final int MAX_VARIANTS = 100_000;

    private RuleBudget() {
    }

    /**
     * The word paths a term puts into the trie before inflection of its last word: its alternatives
     * expanded, each word class counted with every entry (and, for an English noun class, up to four
     * forms of each). A class the rule does not carry counts once.
     */
    public static long variants(String term, java.util.Map<String, ClassWords> classes) {
        long total = 0;
        for (java.util.List<PatternPart> seq : PatternSyntax.expand(term)) {
            long product = 1;
            for (PatternPart part : seq) {
                if (part instanceof PatternPart.ClassRef ref && classes.get(ref.name()) != null) {
                    ClassWords words = classes.get(ref.name());
                    long n = Math.max(1, (long) words.words().size() * (words.inflect() ? 4 : 1));
                    product = product > Long.MAX_VALUE / n ? Long.MAX_VALUE : product * n;
                }
            }
            total = total > Long.MAX_VALUE - product ? Long.MAX_VALUE : total + product;
        }
        return total;
    }

    /**
     * @throws YamlException at the first rule that takes the packs past {@link #MAX_VARIANTS}, naming
     *                       its pack; counting stops there, so a huge pack costs no more than the limit
     */
    public static void check(RuleSet extra) {
        long total = 0;
        for (Rule r : extra.rules()) {
            for (String term : r.terms()) {
                total += variants(term, r.classes());
            }
            if (total > MAX_VARIANTS) {
                Location at = r.location();
                throw new YamlException(at, "rule pack '" + r.pack() + "' takes the extra rule packs past "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_VARIANTS) + " term variants (alternatives "
                        + "expanded), more than can be compiled in memory; split its alternatives into fewer, "
                        + "simpler terms or load fewer packs");
            }
        }
    }
}
