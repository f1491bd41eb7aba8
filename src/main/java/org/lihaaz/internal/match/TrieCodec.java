package org.lihaaz.internal.match;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.Rule;
import org.lihaaz.internal.rule.RuleCodec;

/**
 * The binary form of one language's tries. Writing minimises the trie into a graph in which
 * identical sub-tries are stored once: alternatives such as "(in|at) (the|their|) (home|kitchen)"
 * expand into many paths that end in the same few sub-tries. Reading rebuilds the nodes the matcher
 * walks, with children before parents so every reference is already resolved.
 */
final class TrieCodec {
    private static final WordForm[] FORMS = {
        WordForm.BASE, new WordForm(false, true), new WordForm(true, false), new WordForm(true, true),
        WordForm.URDU_INFLECTED};

    private TrieCodec() {
    }

    static void write(TermIndex.Compiled c, Map<Rule, Integer> ruleIndex, DataOutput out) throws IOException {
        Writer w = new Writer(ruleIndex);
        int insensitive = w.id(c.insensitive);
        int sensitive = w.id(c.sensitive);
        out.writeInt(w.strings.size());
        for (String s : w.strings) {
            RuleCodec.writeLong(s, out);
        }
        out.writeInt(w.nodes.size());
        for (int[] node : w.nodes) {
            out.writeInt(node.length);
            for (int v : node) {
                out.writeInt(v);
            }
        }
        out.writeInt(insensitive);
        out.writeInt(sensitive);
        out.writeInt(c.sensitiveFirstWords.size());
        for (String s : new java.util.TreeSet<>(c.sensitiveFirstWords)) {
            RuleCodec.writeLong(s, out);
        }
        out.writeInt(c.formCount);
    }

    static TermIndex.Compiled read(DataInput in, List<Rule> rules) throws IOException {
        int stringCount = in.readInt();
        String[] strings = new String[stringCount];
        for (int i = 0; i < stringCount; i++) {
            strings[i] = RuleCodec.readLong(in);
        }
        int nodeCount = in.readInt();
        TermIndex.Node[] nodes = new TermIndex.Node[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            int[] v = new int[in.readInt()];
            for (int k = 0; k < v.length; k++) {
                v[k] = in.readInt();
            }
            nodes[i] = decode(v, nodes, strings, rules);
        }
        TermIndex.Compiled c = new TermIndex.Compiled();
        c.insensitive = nodes[in.readInt()];
        c.sensitive = nodes[in.readInt()];
        int firstWords = in.readInt();
        for (int i = 0; i < firstWords; i++) {
            c.sensitiveFirstWords.add(RuleCodec.readLong(in));
        }
        c.formCount = in.readInt();
        return c;
    }

    /**
     * One node as ints: accept count, then (rule, term, form) per accept; word count, then (word,
     * child) per word; then the five placeholder children (-1 for none).
     */
    private static TermIndex.Node decode(int[] v, TermIndex.Node[] nodes, String[] strings, List<Rule> rules) {
        TermIndex.Node n = new TermIndex.Node();
        int p = 0;
        int accepts = v[p++];
        if (accepts > 0) {
            n.accepts = new ArrayList<>(accepts);
            for (int i = 0; i < accepts; i++) {
                n.accepts.add(new TermIndex.Accept(rules.get(v[p]), strings[v[p + 1]], FORMS[v[p + 2]]));
                p += 3;
            }
        }
        int words = v[p++];
        if (words > 0) {
            n.words = new HashMap<>(words * 4 / 3 + 1);
            for (int i = 0; i < words; i++) {
                n.words.put(strings[v[p]], nodes[v[p + 1]]);
                p += 2;
            }
        }
        n.any = child(v[p++], nodes);
        n.capitalised = child(v[p++], nodes);
        n.name = child(v[p++], nodes);
        n.number = child(v[p++], nodes);
        n.gap = child(v[p], nodes);
        return n;
    }

    private static TermIndex.Node child(int id, TermIndex.Node[] nodes) {
        return id < 0 ? null : nodes[id];
    }

    /** Assigns each distinct sub-trie one id, children first. */
    private static final class Writer {
        final Map<Rule, Integer> ruleIndex;
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> stringIds = new HashMap<>();
        final List<int[]> nodes = new ArrayList<>();
        final Map<List<Integer>, Integer> canonical = new HashMap<>();
        final java.util.IdentityHashMap<TermIndex.Node, Integer> done = new java.util.IdentityHashMap<>();

        Writer(Map<Rule, Integer> ruleIndex) {
            this.ruleIndex = ruleIndex;
        }

        int id(TermIndex.Node n) {
            if (n == null) {
                return -1;
            }
            Integer known = done.get(n);
            if (known != null) {
                return known;
            }
            List<Integer> v = new ArrayList<>();
            List<TermIndex.Accept> accepts = n.accepts == null ? List.of() : n.accepts;
            v.add(accepts.size());
            for (TermIndex.Accept a : accepts) {
                v.add(ruleIndex.get(a.rule()));
                v.add(string(a.term()));
                v.add(a.form().inflected() ? 4 : (a.form().plural() ? 2 : 0) + (a.form().possessive() ? 1 : 0));
            }
            Map<String, TermIndex.Node> words = n.words == null ? Map.of() : new TreeMap<>(n.words);
            v.add(words.size());
            for (Map.Entry<String, TermIndex.Node> e : words.entrySet()) {
                v.add(string(e.getKey()));
                v.add(id(e.getValue()));
            }
            v.add(id(n.any));
            v.add(id(n.capitalised));
            v.add(id(n.name));
            v.add(id(n.number));
            v.add(id(n.gap));
            Integer same = canonical.get(v);
            if (same == null) {
                same = nodes.size();
                int[] array = new int[v.size()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = v.get(i);
                }
                nodes.add(array);
                canonical.put(v, same);
            }
            done.put(n, same);
            return same;
        }

        int string(String s) {
            return stringIds.computeIfAbsent(s, k -> {
                strings.add(k);
                return strings.size() - 1;
            });
        }
    }
}
