package org.lihaaz.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.lihaaz.internal.match.TermIndex;
import org.lihaaz.internal.rule.RuleCodec;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.yaml.YamlException;

/**
 * The rule packs that ship with Lihaaz. The build compiles them once (parsed rules and their word
 * tries) into an index beside the YAML in the jar; start-up reads that index instead of parsing every
 * pack and expanding every term. The YAML stays the source of truth: the index records a checksum of
 * each pack file, and when any differs (or the index is missing) the packs are read from YAML.
 */
public final class BuiltInRules {
    static final String INDEX = "org/lihaaz/rules/builtin.idx";
    private static final int MAGIC = 0x4C485A49;
    private static final int VERSION = 1;

    private final RuleSet rules;
    private final TermIndex.Precompiled precompiled;

    private BuiltInRules(RuleSet rules, TermIndex.Precompiled precompiled) {
        this.rules = rules;
        this.precompiled = precompiled;
    }

    /** Packs that cannot be used; every problem found. */
    public static final class BrokenRulesException extends RuntimeException {
        private final List<YamlException> errors;

        BrokenRulesException(List<YamlException> errors) {
            super("built-in rules are broken: " + errors.get(0).getMessage());
            this.errors = List.copyOf(errors);
        }

        public List<YamlException> errors() {
            return errors;
        }
    }

    /** Reads the built-in packs: from the index when it is current, else from YAML. */
    public static BuiltInRules load() {
        BuiltInRules fromIndex = readIndex();
        if (fromIndex != null) {
            return fromIndex;
        }
        RuleLoader.Result r = new RuleLoader().loadBuiltIn();
        if (!r.ok()) {
            throw new BrokenRulesException(r.errors());
        }
        return new BuiltInRules(r.rules(), null);
    }

    public RuleSet rules() {
        return rules;
    }

    /** True when the rules came from the precompiled index. */
    public boolean isPrecompiled() {
        return precompiled != null;
    }

    TermIndex.Precompiled precompiled() {
        return precompiled;
    }

    private static BuiltInRules readIndex() {
        InputStream raw = BuiltInRules.class.getClassLoader().getResourceAsStream(INDEX);
        if (raw == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            int files = in.readInt();
            for (int i = 0; i < files; i++) {
                String name = in.readUTF();
                long crc = in.readLong();
                if (crcOfResource(name) != crc) {
                    return null;
                }
            }
            RuleSet rules = RuleCodec.read(in);
            return new BuiltInRules(rules, TermIndex.Precompiled.read(in, rules));
        } catch (IOException | RuntimeException e) {
            // A damaged or outdated index is not fatal: the YAML is still there.
            return null;
        }
    }

    private static long crcOfResource(String name) throws IOException {
        try (InputStream in = BuiltInRules.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return -1;
            }
            return crc(in.readAllBytes());
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * Writes the index for the packs on the class path. The build runs this after compiling.
     *
     * @param args the index file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BuiltInRules INDEX_FILE");
            System.exit(2);
        }
        RuleLoader.Result r = new RuleLoader().loadBuiltIn();
        if (!r.ok()) {
            r.errors().forEach(e -> System.err.println(e.getMessage()));
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".builtin", ".tmp");
        try (Tokenizer tokenizer = new Tokenizer();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            List<String> packs = packResources();
            out.writeInt(packs.size());
            for (String name : packs) {
                out.writeUTF(name);
                out.writeLong(crcOfResource(name));
            }
            RuleCodec.write(r.rules(), out);
            TermIndex.compile(r.rules(), tokenizer).writeTo(out);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + target + " (" + r.rules().size() + " rules, " + Files.size(target) / 1024 + " KB)");
    }

    /** The class-path names of every built-in pack file, sorted. */
    private static List<String> packResources() throws IOException {
        Path base = RuleLoader.builtInRoot();
        if (base == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
            s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .map(p -> RuleLoader.BUILTIN_ROOT + "/" + base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .forEach(out::add);
        }
        return out;
    }
}
