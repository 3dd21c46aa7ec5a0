package org.perfgoals.importer.domain;

import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Cleans what editors and OCR leave in the text without changing what the unit wrote: a BOM, Windows or
 * old-Mac line breaks, non-breaking and zero-width spaces. Full-width characters are kept here (they are
 * part of names and texts) and folded only where they are compared or computed, see {@link HalfWidth}.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\u3000', ' ')
                .replaceAll("[\u200B\u200C\u200D\u2060\uFEFF]", "");
    }
}
