package org.perfgoals.importer.format;

import java.util.Locale;
import java.util.Map;

/**
 * The checkbox glyphs a format's own checkboxes become: a ticked box ☑ and an empty box ☐, which the form reader's
 * checkbox rule reads like every other box. Symbol characters of the Wingdings fonts are mapped to the glyph they
 * draw; other symbols keep their character.
 */
final class Glyphs {

    static final String TICKED = "☑";
    static final String UNTICKED = "☐";

    private static final Map<Integer, String> WINGDINGS = Map.of(
            0xA8, UNTICKED, 0x6F, "□", 0xFE, TICKED, 0xFD, "☒", 0x78, "☒", 0xFC, "✓", 0x6E, "■");
    private static final Map<Integer, String> WINGDINGS_2 = Map.of(
            0xA3, UNTICKED, 0x52, TICKED, 0x54, "☒", 0x53, "☒", 0x50, "✓", 0x51, "✓");

    private Glyphs() {
    }

    static String box(boolean ticked) {
        return ticked ? TICKED : UNTICKED;
    }

    /**
     * The character a symbol of {@code font} draws; Word writes symbol codes in the private-use area (F0FE), or
     * plain (FE).
     */
    static String symbol(String font, int code) {
        int plain = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code;
        String name = font.toLowerCase(Locale.ROOT).replace(" ", "");
        if (name.startsWith("wingdings2")) {
            return WINGDINGS_2.getOrDefault(plain, "");
        }
        if (name.startsWith("wingdings")) {
            return WINGDINGS.getOrDefault(plain, "");
        }
        return code >= 0xF000 && code <= 0xF0FF ? "" : Character.toString(code);
    }
}
