package org.perfgoals.base.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A body that cannot be read is a 400 naming the field, in the same shape as the services' field errors. */
@RestControllerAdvice
class ApiErrors {

    private final TranslationProvider messages;

    ApiErrors(TranslationProvider messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<Map<String, Object>> invalidBody(InvalidBodyException invalid, Locale locale) {
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(Map.of("field", invalid.getField(),
                "code", invalid.getCode(),
                "message", messages.getTranslation("api.error." + invalid.getCode(), locale,
                        invalid.getArgs().toArray())))));
    }
}
