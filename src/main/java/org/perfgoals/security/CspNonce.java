package org.perfgoals.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy nonce of one request: 128 random bits, made on first use and kept on the request, so
 * that the header and the scripts of Vaadin's index page carry the same one whichever of them asks first.
 */
final class CspNonce {

    private static final String ATTRIBUTE = CspNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CspNonce() {
    }

    static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(ATTRIBUTE);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(ATTRIBUTE, nonce);
        }
        return (String) nonce;
    }
}
