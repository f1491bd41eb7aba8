package org.lihaaz.internal.rule;

import org.lihaaz.rule.ClassWords;
import org.lihaaz.rule.Concept;
import org.lihaaz.rule.Condition;
import org.lihaaz.rule.Examples;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.Replacement;
import org.lihaaz.rule.Rule;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.rule.TermContext;
import org.lihaaz.rule.Translation;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.Location;

/**
 * A compact binary form of a rule set, so the built-in packs can be read at start-up without parsing
 * YAML. It holds exactly what the loader produced; the YAML stays the source of truth and the binary
 * form is rebuilt from it at build time.
 */
public final class RuleCodec {
    private static final int VERSION = 3;

    private RuleCodec() {
    }

    public static void write(RuleSet rules, DataOutput out) throws IOException {
        out.writeInt(VERSION);
        List<Rule> list = rules.rules();
        out.writeInt(list.size());
        for (Rule r : list) {
            writeRule(r, out);
        }
        List<Concept> concepts = rules.concepts();
        out.writeInt(concepts.size());
        for (Concept c : concepts) {
            writeConcept(c, out);
        }
    }

    private static void writeConcept(Concept c, DataOutput out) throws IOException {
        out.writeUTF(c.id());
        writeLong(c.title(), out);
        writeLong(c.harm(), out);
        out.writeUTF(c.level().name());
        out.writeUTF(c.fix() == null ? "" : c.fix().name());
        writeStrings(c.exceptions(), out);
        for (org.lihaaz.lang.Language l : org.lihaaz.lang.Language.values()) {
            List<Concept.Member> members = c.members().get(l);
            out.writeInt(members.size());
            for (Concept.Member m : members) {
                out.writeUTF(m.ruleId());
                writeLocation(m.location(), out);
            }
            writeLong(c.none().get(l), out);
        }
        writeLocation(c.location(), out);
    }

    private static Concept readConcept(DataInput in) throws IOException {
        String id = in.readUTF();
        String title = readLong(in);
        String harm = readLong(in);
        Level level = Level.valueOf(in.readUTF());
        String fix = in.readUTF();
        List<String> exceptions = readStrings(in);
        java.util.Map<org.lihaaz.lang.Language, List<Concept.Member>> members = new java.util.EnumMap<>(org.lihaaz.lang.Language.class);
        java.util.Map<org.lihaaz.lang.Language, String> none = new java.util.EnumMap<>(org.lihaaz.lang.Language.class);
        for (org.lihaaz.lang.Language l : org.lihaaz.lang.Language.values()) {
            int n = in.readInt();
            List<Concept.Member> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(new Concept.Member(in.readUTF(), readLocation(in)));
            }
            members.put(l, list);
            String reason = readLong(in);
            if (reason != null) {
                none.put(l, reason);
            }
        }
        return new Concept(id, title, harm, level, fix.isEmpty() ? null : Rule.FixSafety.valueOf(fix), exceptions, members, none,
                readLocation(in));
    }

    public static RuleSet read(DataInput in) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("rule index version " + version + ", expected " + VERSION);
        }
        int n = in.readInt();
        List<Rule> rules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rules.add(readRule(in));
        }
        int concepts = in.readInt();
        List<Concept> list = new ArrayList<>(concepts);
        for (int i = 0; i < concepts; i++) {
            list.add(readConcept(in));
        }
        return RuleSet.of(rules).withConcepts(list);
    }

    private static void writeRule(Rule r, DataOutput out) throws IOException {
        out.writeUTF(r.id());
        out.writeUTF(r.pack());
        out.writeByte(r.language().ordinal());
        out.writeByte(r.level().ordinal());
        out.writeUTF(r.category());
        writeStrings(r.terms(), out);
        out.writeByte(r.inflect().ordinal());
        out.writeBoolean(r.caseSensitive());
        writeReplacements(r.replace(), out);
        writeLong(r.advice(), out);
        out.writeByte(r.fix().ordinal());
        writeLong(r.message(), out);
        writeLong(r.note(), out);
        writeStrings(r.sources(), out);
        writeConditions(r.requires(), out);
        writeConditions(r.unless(), out);
        out.writeByte(r.names().ordinal());
        out.writeByte(r.quoted().ordinal());
        out.writeByte(r.sureness().ordinal());
        writeStrings(r.examples().flag(), out);
        writeStrings(r.examples().clean(), out);
        writeLocation(r.location(), out);
        out.writeBoolean(r.english() != null);
        if (r.english() != null) {
            writeLong(r.english().message(), out);
            writeLong(r.english().note(), out);
            writeStrings(r.english().replace(), out);
            writeLong(r.english().advice(), out);
        }
        out.writeInt(r.termContexts().size());
        for (Map.Entry<String, TermContext> e : r.termContexts().entrySet()) {
            out.writeUTF(e.getKey());
            writeConditions(e.getValue().requires(), out);
            writeConditions(e.getValue().unless(), out);
        }
        out.writeInt(r.classes().size());
        for (ClassWords c : r.classes().values()) {
            out.writeUTF(c.name());
            writeStrings(c.words(), out);
            out.writeBoolean(c.inflect());
        }
    }

    private static Rule readRule(DataInput in) throws IOException {
        String id = in.readUTF();
        String pack = in.readUTF();
        Language language = Language.values()[in.readByte()];
        Level level = Level.values()[in.readByte()];
        String category = in.readUTF();
        List<String> terms = readStrings(in);
        Rule.Inflection inflect = Rule.Inflection.values()[in.readByte()];
        boolean caseSensitive = in.readBoolean();
        List<Replacement> replace = readReplacements(in);
        String advice = readLong(in);
        Rule.FixSafety fix = Rule.FixSafety.values()[in.readByte()];
        String message = readLong(in);
        String note = readLong(in);
        List<String> sources = readStrings(in);
        List<Condition> requires = readConditions(in);
        List<Condition> unless = readConditions(in);
        Rule.NamePolicy names = Rule.NamePolicy.values()[in.readByte()];
        Rule.QuotePolicy quoted = Rule.QuotePolicy.values()[in.readByte()];
        Rule.Sureness sureness = Rule.Sureness.values()[in.readByte()];
        Examples examples = new Examples(readStrings(in), readStrings(in));
        Location location = readLocation(in);
        Translation english = in.readBoolean() ? new Translation(readLong(in), readLong(in), readStrings(in), readLong(in)) : null;
        int contexts = in.readInt();
        Map<String, TermContext> termContexts = new LinkedHashMap<>();
        for (int i = 0; i < contexts; i++) {
            termContexts.put(in.readUTF(), new TermContext(readConditions(in), readConditions(in)));
        }
        int classCount = in.readInt();
        Map<String, ClassWords> classes = new LinkedHashMap<>();
        for (int i = 0; i < classCount; i++) {
            ClassWords c = new ClassWords(in.readUTF(), readStrings(in), in.readBoolean());
            classes.put(c.name(), c);
        }
        return new Rule(id, pack, language, level, category, terms, inflect, caseSensitive, replace, advice, fix, message, note,
                sources, requires, unless, names, quoted, sureness, examples, location, english, termContexts, classes);
    }

    private static void writeReplacements(List<Replacement> list, DataOutput out) throws IOException {
        out.writeInt(list.size());
        for (Replacement r : list) {
            out.writeUTF(r.text());
            out.writeBoolean(r.plural() != null);
            if (r.plural() != null) {
                out.writeUTF(r.plural());
            }
            writeConditions(r.when(), out);
        }
    }

    private static List<Replacement> readReplacements(DataInput in) throws IOException {
        int n = in.readInt();
        List<Replacement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = in.readUTF();
            String plural = in.readBoolean() ? in.readUTF() : null;
            out.add(new Replacement(text, plural, readConditions(in)));
        }
        return out;
    }

    private static final int PHRASES = 1;
    private static final int POS = 2;
    private static final int FORM = 3;
    private static final int PUNCT = 4;
    private static final int IN_QUOTATION = 5;
    private static final int ANY = 6;
    private static final int ALL = 7;
    private static final int NOT = 8;

    private static void writeConditions(List<Condition> list, DataOutput out) throws IOException {
        out.writeInt(list.size());
        for (Condition c : list) {
            writeCondition(c, out);
        }
    }

    private static void writeCondition(Condition c, DataOutput out) throws IOException {
        if (c instanceof Condition.Phrases p) {
            out.writeByte(PHRASES);
            out.writeByte(p.scope().ordinal());
            writeStrings(p.phrases(), out);
            out.writeInt(p.window());
            out.writeBoolean(p.lemmas());
        } else if (c instanceof Condition.PartOfSpeech p) {
            out.writeByte(POS);
            out.writeByte(p.target().ordinal());
            writeStrings(List.copyOf(p.tags()), out);
        } else if (c instanceof Condition.MatchForm f) {
            out.writeByte(FORM);
            out.writeInt(f.forms().size());
            for (Condition.Form form : f.forms()) {
                out.writeByte(form.ordinal());
            }
        } else if (c instanceof Condition.Punctuation p) {
            out.writeByte(PUNCT);
            out.writeBoolean(p.before());
            writeStrings(p.marks(), out);
        } else if (c instanceof Condition.InQuotation) {
            out.writeByte(IN_QUOTATION);
        } else if (c instanceof Condition.AnyOf a) {
            out.writeByte(ANY);
            writeConditions(a.conditions(), out);
        } else if (c instanceof Condition.AllOf a) {
            out.writeByte(ALL);
            writeConditions(a.conditions(), out);
        } else if (c instanceof Condition.Not n) {
            out.writeByte(NOT);
            writeCondition(n.condition(), out);
        } else {
            throw new IllegalStateException("no binary form for " + c.getClass().getSimpleName());
        }
        writeLocation(c.location(), out);
    }

    private static List<Condition> readConditions(DataInput in) throws IOException {
        int n = in.readInt();
        List<Condition> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readCondition(in));
        }
        return out;
    }

    private static Condition readCondition(DataInput in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case PHRASES -> {
                Condition.Scope scope = Condition.Scope.values()[in.readByte()];
                List<String> phrases = readStrings(in);
                int window = in.readInt();
                boolean lemmas = in.readBoolean();
                return new Condition.Phrases(scope, phrases, window, lemmas, readLocation(in));
            }
            case POS -> {
                Condition.Target target = Condition.Target.values()[in.readByte()];
                Set<String> tags = new HashSet<>(readStrings(in));
                return new Condition.PartOfSpeech(target, tags, readLocation(in));
            }
            case FORM -> {
                int n = in.readInt();
                EnumSet<Condition.Form> forms = EnumSet.noneOf(Condition.Form.class);
                for (int i = 0; i < n; i++) {
                    forms.add(Condition.Form.values()[in.readByte()]);
                }
                return new Condition.MatchForm(forms, readLocation(in));
            }
            case PUNCT -> {
                boolean before = in.readBoolean();
                List<String> marks = readStrings(in);
                return new Condition.Punctuation(before, marks, readLocation(in));
            }
            case IN_QUOTATION -> {
                return new Condition.InQuotation(readLocation(in));
            }
            case ANY -> {
                List<Condition> inner = readConditions(in);
                return new Condition.AnyOf(inner, readLocation(in));
            }
            case ALL -> {
                List<Condition> inner = readConditions(in);
                return new Condition.AllOf(inner, readLocation(in));
            }
            case NOT -> {
                Condition inner = readCondition(in);
                return new Condition.Not(inner, readLocation(in));
            }
            default -> throw new IOException("unknown condition kind " + kind);
        }
    }

    private static void writeLocation(Location l, DataOutput out) throws IOException {
        writeLong(l.file(), out);
        out.writeInt(l.line());
        out.writeInt(l.column());
    }

    private static Location readLocation(DataInput in) throws IOException {
        return new Location(readLong(in), in.readInt(), in.readInt());
    }

    private static void writeStrings(List<String> list, DataOutput out) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeLong(s, out);
        }
    }

    private static List<String> readStrings(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readLong(in));
        }
        return out;
    }

    /** A string of any length ({@code writeUTF} stops at 64 KB), or null. */
    public static void writeLong(String s, DataOutput out) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readLong(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
