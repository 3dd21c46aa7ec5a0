package org.perfgoals.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditQueries;
import org.perfgoals.audit.AuditRecord;
import org.perfgoals.audit.domain.AuditFilter;
import org.perfgoals.audit.domain.AuditFilterException;
import org.perfgoals.audit.domain.AuditType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit} (ADMIN): the audit log newest first, filtered by {@code type} (an {@link AuditType}
 * name), {@code actor} (a user name, {@code system} or {@code anonymous}), {@code from} and {@code to} (ISO days, both
 * included) and {@code subject} (text it contains), paged by {@code page} (from 0) and {@code size} (1–200, default
 * 50). Answers {@code {items: [{id, at, actor, type, subject, details, address}], page, size, total}}. The role is
 * checked before any parameter is read; a parameter that cannot be read is a 400 naming it.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final int MAX_SIZE = 200;
    private static final int DEFAULT_SIZE = 50;

    private final AuditQueries audit;

    AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    record EntryJson(long id, Instant at, String actor, String type, String subject, @Nullable String details,
                     @Nullable String address) {

        static EntryJson of(AuditRecord entry) {
            return new EntryJson(entry.id(), entry.at(), entry.actor(), entry.type().name(), entry.subject(),
                    entry.details(), entry.address());
        }
    }

    record PageJson(List<EntryJson> items, int page, int size, long total) {
    }

    @GetMapping
    PageJson list(@RequestParam(required = false) @Nullable String type,
                  @RequestParam(required = false) @Nullable String actor,
                  @RequestParam(required = false) @Nullable String from,
                  @RequestParam(required = false) @Nullable String to,
                  @RequestParam(required = false) @Nullable String subject,
                  @RequestParam(required = false) @Nullable String page,
                  @RequestParam(required = false) @Nullable String size) {
        audit.authorize();
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        AuditFilter filter = new AuditFilter(type(type), actor, day("from", from), day("to", to), subject);
        List<EntryJson> items = audit.list(filter, pageNumber, pageSize).stream().map(EntryJson::of).toList();
        return new PageJson(items, pageNumber, pageSize, audit.count(filter));
    }

    private static @Nullable AuditType type(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AuditType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new AuditFilterException("type", "unknownType", List.of(Arrays.stream(AuditType.values())
                    .map(AuditType::name).collect(Collectors.joining(", "))));
        }
    }

    private static @Nullable LocalDate day(String parameter, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw new AuditFilterException(parameter, "date", List.of());
        }
    }

    private static int number(String parameter, @Nullable String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException unreadable) {
            // Told below, as a number out of range is.
        }
        throw new AuditFilterException(parameter, "range", List.of(String.valueOf(min), String.valueOf(max)));
    }
}
