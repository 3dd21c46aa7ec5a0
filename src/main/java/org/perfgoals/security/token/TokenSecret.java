package org.perfgoals.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What an API token is: {@code pgt_} and 32 bytes from {@link SecureRandom} in base64url (43 characters, 256 bits).
 * A secret of that entropy needs no slow password hash: its SHA-256 digest is stored and looked up, and nobody can
 * find a token from its digest. The prefix lets secret scanners and people recognise a leaked token.
 */
final class TokenSecret {

    static final String PREFIX = "pgt_";
    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("pgt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    /** A new token, to be shown once. */
    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of a token (checked before anything is looked up). */
    static boolean looksLikeToken(String text) {
        return SHAPE.matcher(text).matches();
    }

    /** The SHA-256 digest of the token, in hex: what is stored and looked up. */
    static String digest(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Compares two digests in time independent of where they differ. */
    static boolean sameDigest(String stored, String presented) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
