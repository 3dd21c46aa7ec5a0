package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** The message of an import warning or error, from its code ({@code import.issue.<code>}) and arguments. */
public final class IssueText {

    private IssueText() {
    }

    public static String of(Component context, String code, List<String> args) {
        return context.getTranslation("import.issue." + code, args.toArray());
    }

    /** "第 12 行：…" / "Line 12: …", or the bare message when there is no line. */
    public static String withLine(Component context, String code, List<String> args, int line) {
        String message = of(context, code, args);
        return line > 0 ? context.getTranslation("import.issueAtLine", String.valueOf(line), message) : message;
    }
}
