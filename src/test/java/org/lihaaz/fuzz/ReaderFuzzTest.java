package org.lihaaz.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lihaaz.engine.Input;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.internal.source.SourceDecoder;
import org.lihaaz.testing.Invariants;

/**
 * Fuzzes each format reader through the whole engine: whatever the bytes, checking never throws,
 * every prose char a reader copied maps back to the same source char, and every finding satisfies
 * {@link Invariants#findings}. Saved inputs (in {@code ReaderFuzzTestInputs/<method>/}) run in every
 * test run; {@code JAZZER_FUZZ=1} fuzzes (see docs/reliability.md).
 */
class ReaderFuzzTest {
    @FuzzTest
    void plainText(FuzzedDataProvider data) {
        checkText(FuzzText.of(data, Format.TEXT), "f.txt", Format.TEXT);
    }

    @FuzzTest
    void markdown(FuzzedDataProvider data) {
        checkText(FuzzText.of(data, Format.MARKDOWN), "f.md", Format.MARKDOWN);
    }

    @FuzzTest
    void html(FuzzedDataProvider data) {
        checkText(FuzzText.of(data, Format.HTML), "f.html", Format.HTML);
    }

    @FuzzTest
    void subrip(FuzzedDataProvider data) {
        checkText(FuzzText.of(data, Format.SUBRIP), "f.srt", Format.SUBRIP);
    }

    @FuzzTest
    void webvtt(FuzzedDataProvider data) {
        checkText(FuzzText.of(data, Format.WEBVTT), "f.vtt", Format.WEBVTT);
    }

    @FuzzTest
    void fountain(FuzzedDataProvider data) {
        checkText(FuzzText.of(data, Format.FOUNTAIN), "f.fountain", Format.FOUNTAIN);
    }

    @FuzzTest
    void frontMatter(FuzzedDataProvider data) {
        boolean html = data.consumeBoolean();
        String text = FuzzText.withFrontMatter(data);
        checkText(text, html ? "f.html" : "f.md", html ? Format.HTML : Format.MARKDOWN);
    }

    /** A Word document: a zip holding fuzzer-made document XML (or, half the time, the raw bytes). */
    @FuzzTest
    void docx(FuzzedDataProvider data) throws IOException {
        byte[] bytes;
        if (data.consumeBoolean()) {
            bytes = data.consumeRemainingAsBytes();
        } else {
            String body = FuzzText.of(data, Format.HTML);
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>";
            bytes = docxWith(xml);
        }
        FileReport r = FuzzText.ENGINE.check(Input.ofBytes("f.docx", bytes, Format.DOCX));
        Invariants.findings(r);
    }

    private static void checkText(String text, String name, Format format) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Decoded decoded = SourceDecoder.decode(bytes);
        if (decoded.isText()) {
            Invariants.prose(org.lihaaz.internal.format.Readers.of(format, org.lihaaz.format.ReaderOptions.DEFAULTS).read(decoded.text()));
        }
        FileReport r = FuzzText.ENGINE.check(Input.ofBytes(name, bytes, format));
        Invariants.findings(r);
    }

    static byte[] docxWith(String documentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", documentXml);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
