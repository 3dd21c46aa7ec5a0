package org.perfgoals.importer.domain;

/**
 * Free-text fields exported from the web form keep their HTML paragraphs ({@code <p>…</p>}); the model
 * stores plain text with one paragraph per line. Only real tags are removed, never a comparison.
 */
final class MarkupText {

    private MarkupText() {
    }

    static String toPlain(String text) {
        if (text == null) {
            return null;
        }
        String plain = text
                .replaceAll("(?i)</p\\s*>\\s*<p[^>]*>", "\n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</?p[^>]*>", "")
                .replaceAll("</?[a-zA-Z][^<>]*>", "") // only tags: "投诉事件率<2%；…>98%" is text
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
        String joined = String.join("\n", plain.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }
}
