package org.perfgoals.importer.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded file into text. Units save their forms as UTF-8 or, from older Windows
 * tools, as GB18030 (a superset of GBK/GB2312); anything else is not a form we can read.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Above this share of control characters the "text" is really a binary file that happened to decode. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextDecoder() {
    }

    /** The decoded text, or empty when the bytes are not text. */
    public static Optional<String> decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        if (containsNul(bytes)) {
            return Optional.empty();
        }
        return strictDecode(content.duplicate(), StandardCharsets.UTF_8)
                .or(() -> strictDecode(content.duplicate(), GB18030))
                .filter(TextDecoder::looksLikeText);
    }

    private static Optional<String> strictDecode(ByteBuffer bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeText(String text) {
        long control = text.chars()
                .filter(c -> (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                        || c == '\uFFFD')
                .count();
        return control <= text.length() * MAX_CONTROL_SHARE;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
