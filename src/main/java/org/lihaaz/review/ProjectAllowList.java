package org.lihaaz.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lihaaz.config.AllowListEditor;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.fix.AtomicWriter;
import org.lihaaz.fix.Disk;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.internal.source.SourceDecoder;
import org.lihaaz.yaml.YamlException;

/** Adds terms to a project's {@code allow:} list in its {@code .lihaaz.yml}, written atomically. */
public final class ProjectAllowList {
    private final Disk disk;

    public ProjectAllowList(Disk disk) {
        this.disk = disk;
    }

    /**
     * Adds {@code term} to the allow list of {@code config}, or of a new {@code .lihaaz.yml} in
     * {@code folder} when {@code config} is null.
     *
     * @return the file written
     */
    public Path add(Path config, Path folder, String term) throws IOException {
        if (config == null) {
            Path file = folder.resolve(ConfigLoader.FILE_NAME);
            if (Files.exists(file)) {
                return add(file, folder, term);
            }
            new AtomicWriter(disk).create(file, AllowListEditor.newFile(term).getBytes(StandardCharsets.UTF_8));
            return file;
        }
        byte[] bytes = disk.read(config);
        Decoded decoded = SourceDecoder.decode(bytes);
        if (!decoded.isText() || !decoded.warnings().isEmpty()) {
            throw new IOException(config + " is not valid UTF-8; not changed");
        }
        String text = decoded.text().text();
        ConfigLoader loader = new ConfigLoader();
        String updated;
        try {
            updated = AllowListEditor.add(text, loader.parse(text, config).allow(), term);
            loader.parse(updated, config);
        } catch (YamlException | IllegalArgumentException e) {
            throw new IOException("cannot add to the allow: list of " + config + ": " + e.getMessage());
        }
        if (updated.equals(text)) {
            return config;
        }
        byte[] out = updated.getBytes(StandardCharsets.UTF_8);
        if (SourceDecoder.hasUtf8Bom(bytes)) {
            byte[] withBom = new byte[out.length + 3];
            System.arraycopy(bytes, 0, withBom, 0, 3);
            System.arraycopy(out, 0, withBom, 3, out.length);
            out = withBom;
        }
        new AtomicWriter(disk).replace(config, bytes, out);
        return config;
    }
}
