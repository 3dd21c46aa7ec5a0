package org.perfgoals.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The policy that keeps script out of data: only our own files and the index page's scripts that carry this
 * request's nonce run. With a nonce in {@code script-src} a browser ignores {@code 'unsafe-inline'}, so inline event
 * handlers ({@code <img onerror=…>}) and injected {@code <script>} never run, even where a text slipped through as
 * markup. {@code 'unsafe-eval'} stays because Flow runs the server's {@code executeJs} calls through
 * {@code new Function}; Vaadin's components and ApexCharts set inline styles, hence {@code style-src 'unsafe-inline'}.
 * {@code connect-src 'self'} covers the push websocket too (CSP 3 lets 'self' match ws:/wss: of the same host).
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";

    /**
     * In development mode, while the frontend bundle is checked, Vaadin answers with its own "building" page
     * (not an index page, so without our nonce), whose inline script polls and reloads once the app is ready. Its
     * hash is taken from the very file, so it follows Vaadin upgrades; the file exists only with the dev tools on
     * the class path, and allowing this one fixed script of Vaadin's lets no data run.
     */
    private static final String DEV_PAGE_SCRIPT =
            devPageScriptHash("/com/vaadin/base/devserver/dev-mode-not-ready.html");

    static String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'" + DEV_PAGE_SCRIPT,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self'");
    }

    static String devPageScriptHash(String resource) {
        try (InputStream in = ContentSecurityPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            Matcher script = Pattern.compile("<script[^>]*>(.*?)</script>", Pattern.DOTALL)
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!script.find()) {
                return "";
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
            return " 'sha256-" + Base64.getEncoder().encodeToString(hash) + "'";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HEADER, policy(CspNonce.of(request)));
    }
}
