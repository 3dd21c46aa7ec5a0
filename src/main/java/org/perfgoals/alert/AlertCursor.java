package org.perfgoals.alert;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Where a keyset page of alerts ends: the last alert's {@code updatedAt} and id. The next page starts after it, so
 * pages never repeat or skip an alert when others arrive meanwhile or several share a time. On the wire it is
 * {@code <instant>~<id>}, e.g. {@code 2026-12-03T09:15:02.123456Z~4711}.
 */
public record AlertCursor(Instant updatedAt, long id) {

    public static AlertCursor of(AlertRecord alert) {
        return new AlertCursor(alert.updatedAt(), alert.id());
    }

    public String token() {
        return updatedAt + "~" + id;
    }

    /** The cursor a client sent back; refused as the parameter {@code field} when it is not one we wrote. */
    public static AlertCursor parse(String token, String field) {
        int tilde = token.lastIndexOf('~');
        try {
            if (tilde > 0) {
                return new AlertCursor(Instant.parse(token.substring(0, tilde)),
                        Long.parseLong(token.substring(tilde + 1)));
            }
        } catch (DateTimeParseException | NumberFormatException invalid) {
            // refused below
        }
        throw new AlertInputException(field, "badCursor", List.of());
    }
}
