package kr.seoul.smartcity.archive.service;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a highlighted fragment into HTML that is safe to show: Elasticsearch marks the matches with two characters
 * of Unicode's private use area and returns the text as it is (never as HTML), this escapes all of it and then
 * puts in only its own {@code <em>} tags. So a title or a text with markup in it is always shown as text, whether
 * the fragment came from a highlight or from {@code no_match_size} (which Elasticsearch never encodes).
 */
final class HighlightMarks {

    /** Before and after a match, as Elasticsearch is asked to write them. */
    static final String OPEN = "\uE000";

    static final String CLOSE = "\uE001";

    private HighlightMarks() {}

    /**
     * Escaped text with each well-formed marked match in {@code <em>}. A marker without its partner (a document
     * may contain these characters itself) is dropped, so the tags always pair.
     */
    static String toHtml(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 16);
        int at = 0;
        while (at < marked.length()) {
            int open = marked.indexOf(OPEN, at);
            int close = open < 0 ? -1 : marked.indexOf(CLOSE, open + 1);
            if (open < 0 || close < 0) {
                html.append(escape(marked.substring(at)));
                break;
            }
            html.append(escape(marked.substring(at, open)));
            String match = marked.substring(open + 1, close);
            if (!match.isEmpty()) {
                html.append("<em>").append(escape(match)).append("</em>");
            }
            at = close + 1;
        }
        return html.toString();
    }

    /** Plain text: escaped, with no marker left. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replace(OPEN, "").replace(CLOSE, ""));
    }
}
