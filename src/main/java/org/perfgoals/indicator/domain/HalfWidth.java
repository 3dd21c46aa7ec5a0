package org.perfgoals.indicator.domain;

/**
 * The one folding of full-width ASCII (０-９, （）, ：, ．, ％, Ａ-Ｚ …) and the ideographic space to their half-width
 * forms, character by character, so that a position in the folded text is the same position in the original.
 * Forms, targets and typed values all come full-width from Chinese input methods; every reader folds them here.
 */
public final class HalfWidth {

    /** The distance between a full-width ASCII form (U+FF01–U+FF5E) and its ASCII character. */
    private static final int OFFSET = 0xFEE0;

    private HalfWidth() {
    }

    /** Whether {@code c} is the full-width form of a printable ASCII character. */
    public static boolean isFullWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E';
    }

    /** The half-width form of one character: full-width ASCII to ASCII, the ideographic space to a space. */
    public static char fold(char c) {
        if (isFullWidth(c)) {
            return (char) (c - OFFSET);
        }
        return c == '\u3000' ? ' ' : c;
    }

    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    /** Folded and without any whitespace: the form to compare labels and vocabulary in. */
    public static String key(String text) {
        return fold(text).replaceAll("\\s+", "");
    }
}
