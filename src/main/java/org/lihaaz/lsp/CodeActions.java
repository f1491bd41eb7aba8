package org.lihaaz.lsp;

import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Edit;
import org.lihaaz.fix.FixPlan;
import org.lihaaz.fix.FixPlanner;

/**
 * The code actions for a range of a checked document: per finding there, each suggestion as a quick
 * fix (the first preferred; made by the fix planner, so the article before it agrees and markup is
 * never rewritten), "ignore here" and "disable in this file" as the format's directives, and "allow
 * in the project" (a command: the server edits the nearest .lihaaz.yml); for the whole document,
 * {@code source.fixAll.lihaaz} with the safe fixes, planned as {@code lihaaz check --fix} plans them.
 */
final class CodeActions {
    private final LihaazLanguageServer.Checked checked;
    private final Encoding encoding;
    private final BiFunction<LihaazLanguageServer.Checked, String, List<Finding>> recheck;
    private final Lines lines;
    private final String uri;

    CodeActions(LihaazLanguageServer.Checked checked, Encoding encoding,
            BiFunction<LihaazLanguageServer.Checked, String, List<Finding>> recheck) {
        this.checked = checked;
        this.encoding = encoding;
        this.recheck = recheck;
        this.lines = new Lines(checked.document().text());
        this.uri = checked.document().uri();
    }

    List<Either<Command, CodeAction>> actions(Range range, List<String> only) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        String text = checked.document().text();
        int from = encoding.charIndex(lines, range.getStart());
        int to = encoding.charIndex(lines, range.getEnd());
        if (wanted(CodeActionKind.QuickFix, only)) {
            boolean first = true;
            for (Finding f : checked.findings()) {
                if (f.sourceStart() > to || f.sourceEnd() < from) {
                    continue;
                }
                if (LihaazLanguageServer.fixable(f)) {
                    for (String suggestion : f.suggestions()) {
                        List<Edit> edits = new ArrayList<>();
                        if (FixPlanner.add(edits, text, f, suggestion)) {
                            CodeAction a = action("Replace '" + f.match() + "' with '" + suggestion + "'",
                                    CodeActionKind.QuickFix, LihaazLanguageServer.textEdits(lines, encoding, edits));
                            a.setIsPreferred(first);
                            first = false;
                            out.add(Either.forRight(a));
                        }
                    }
                }
                DirectiveEdits.ignoreHere(checked.format(), text, f.sourceStart(), f.ruleId()).ifPresent(ins ->
                        out.add(Either.forRight(action("Ignore " + f.ruleId() + " here", CodeActionKind.QuickFix,
                                insertions(ins)))));
                DirectiveEdits.disableInFile(checked.format(), text, f.ruleId()).ifPresent(ins ->
                        out.add(Either.forRight(action("Disable " + f.ruleId() + " in this file",
                                CodeActionKind.QuickFix, insertions(List.of(ins))))));
                if (LihaazLanguageServer.pathOf(uri).isPresent()) {
                    String term = LihaazLanguageServer.allowTerm(f);
                    CodeAction allow = new CodeAction("Allow '" + term + "' in this project (.lihaaz.yml)");
                    allow.setKind(CodeActionKind.QuickFix);
                    allow.setCommand(new Command(allow.getTitle(), LihaazLanguageServer.ALLOW_COMMAND,
                            List.of(new JsonPrimitive(uri), new JsonPrimitive(term))));
                    out.add(Either.forRight(allow));
                }
            }
        }
        if (wanted(LihaazLanguageServer.FIX_ALL, only)) {
            FixPlan plan = LihaazLanguageServer.planAll(checked, recheck);
            if (!plan.isEmpty()) {
                out.add(Either.forRight(action("Fix all safe Lihaaz findings (" + plan.fixed().size() + ")",
                        LihaazLanguageServer.FIX_ALL, LihaazLanguageServer.textEdits(lines, encoding, plan.edits()))));
            }
        }
        return out;
    }

    /** Whether the client asked for this kind: every kind when it names none, else a named kind or one under it. */
    static boolean wanted(String kind, List<String> only) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) {
                return true;
            }
        }
        return false;
    }

    private CodeAction action(String title, String kind, List<TextEdit> edits) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        a.setEdit(LihaazLanguageServer.edit(uri, edits));
        return a;
    }

    private List<TextEdit> insertions(List<DirectiveEdits.Insertion> insertions) {
        List<TextEdit> out = new ArrayList<>();
        for (DirectiveEdits.Insertion i : insertions) {
            out.add(new TextEdit(Diagnostics.range(lines, encoding, i.at(), i.at()), i.text()));
        }
        return out;
    }
}
