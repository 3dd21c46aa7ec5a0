package org.perfgoals.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API path no endpoint serves is a 404 in JSON, whatever the method. Without it the UI's catch-all mapping would
 * answer with the application's HTML page and 200. Every real endpoint's pattern is more specific than
 * {@code /api/**}, so it still wins.
 */
@RestController
class UnknownApiPath {

    private final TranslationProvider messages;

    UnknownApiPath(TranslationProvider messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
                messages.getTranslation("api.error.notFound", locale, request.getMethod(),
                        JsonBody.prefix(request.getRequestURI()))));
    }
}
