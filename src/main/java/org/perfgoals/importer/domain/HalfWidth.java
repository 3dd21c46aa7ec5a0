package org.perfgoals.importer.domain;

/**
 * Folds full-width ASCII (０-９, （）, ：, ，, ．, Ａ-Ｚ …) to its half-width form, character by character, so
 * that a position in the folded text is the same position in the original.
 */
final class HalfWidth {

    private HalfWidth() {
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                folded.append(' ');
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** Folded and without any whitespace: the form to compare labels and vocabulary in. */
    static String key(String text) {
        return fold(text).replaceAll("\\s+", "");
    }
}
