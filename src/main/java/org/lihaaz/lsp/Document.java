package org.lihaaz.lsp;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One open document as the editor holds it: its text at a version, and the language id the editor
 * gave it. Edits make a new document; a document never changes.
 */
record Document(String uri, String languageId, int version, String text) {

    /** The document after the editor's changes, applied in order (each range is in the text left by the one before). */
    Document changed(List<TextDocumentContentChangeEvent> changes, Encoding encoding, int newVersion) {
        String t = text;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                t = c.getText();
                continue;
            }
            Lines lines = new Lines(t);
            int start = encoding.charIndex(lines, c.getRange().getStart());
            int end = Math.max(start, encoding.charIndex(lines, c.getRange().getEnd()));
            t = t.substring(0, start) + c.getText() + t.substring(end);
        }
        return new Document(uri, languageId, newVersion, t);
    }
}
