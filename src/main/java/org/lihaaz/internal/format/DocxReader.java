package org.lihaaz.internal.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lihaaz.prose.Anchor;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.internal.prose.ProseBuilder;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.source.SourceText;

/**
 * Word documents ({@code .docx}), read with Apache POI: the text of every paragraph of the body
 * (table cells included), then of the headers, then of the footers. Comments, footnotes, deleted
 * text in tracked changes and field codes are not read.
 *
 * <p>A .docx has no lines, so its text for positions is made of one line per paragraph, in that
 * order: a finding's line is the paragraph's number and its column the offset in the paragraph plus
 * one; each paragraph is also anchored as a {@code paragraph}. Line breaks inside a paragraph read as
 * spaces. The document is never rewritten ({@link #rewritable()}): changing text that Word splits
 * into formatted runs cannot be done safely by replacing characters.
 */
final class DocxReader implements FormatReader {
    @Override
    public Decoded decode(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            collect(doc, paragraphs);
            doc.getHeaderList().forEach(h -> collect(h, paragraphs));
            doc.getFooterList().forEach(f -> collect(f, paragraphs));
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    text.append('\n');
                }
                text.append(paragraphs.get(i));
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a readable Word .docx document (" + reason(e) + ")", e);
        }
        return new Decoded(new SourceText(text.toString()), null, List.of());
    }

    @Override
    public boolean rewritable() {
        return false;
    }

    @Override
    public Prose read(SourceText source) {
        List<ProseBlock> blocks = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        String text = source.text();
        for (int line = 0; line < source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = source.lineContentEnd(line);
            anchors.add(new Anchor("paragraph", line + 1, Map.of(), null, start, Math.max(end, start + 1)));
            ProseBuilder b = new ProseBuilder();
            UrlMasker.appendMasked(b, text, start, end);
            if (!b.isBlank()) {
                blocks.add(b.build());
            }
        }
        return new Prose(source, blocks, List.of(), anchors);
    }

    private static void collect(IBody body, List<String> out) {
        for (IBodyElement e : body.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(paragraphText(p));
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell, out);
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                out.add(oneLine(sdt.getContent().getText()));
            }
        }
    }

    private static String paragraphText(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                // A run holding deleted text is a tracked deletion: not in the document any more.
                if (run.getCTR().sizeOfDelTextArray() == 0) {
                    b.append(run.text());
                }
            } else if (r instanceof XWPFSDT sdt) {
                b.append(sdt.getContent().getText());
            }
        }
        return oneLine(b.toString());
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = m.lines().findFirst().orElse(m).strip();
        return line.length() > 120 ? line.substring(0, 120) + "\u2026" : line;
    }
}
