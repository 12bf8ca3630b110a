package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.markdown.Markdown;

/**
 * Markdown that people write (an approval document's body) shown as Markdown only: headings, lists, emphasis,
 * links and code, but no HTML of its own. A {@code <} outside code becomes the entity for a literal {@code <}, so
 * {@code <b class=x>} is shown as typed; the Markdown component's sanitizer stays as a second guard.
 */
public final class PlainMarkdown {

    private PlainMarkdown() {}

    public static Markdown of(String markdown) {
        return new Markdown(withoutHtml(markdown));
    }

    public static void set(Markdown component, String markdown) {
        component.setContent(withoutHtml(markdown));
    }

    /** The text with every {@code <} outside fenced blocks and inline code written as {@code &lt;}. */
    static String withoutHtml(String markdown) {
        if (markdown == null || markdown.indexOf('<') < 0) {
            return markdown == null ? "" : markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                out.append(line);
            } else if (fenced) {
                out.append(line);
            } else {
                escapeOutsideInlineCode(line, out);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void escapeOutsideInlineCode(String line, StringBuilder out) {
        boolean code = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                code = !code;
                out.append(c);
            } else if (c == '<' && !code) {
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
    }
}
