package org.perfgoals.audit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a search of the audit log asks for; every part may be left out. {@code actor} is a user name (or
 * {@code system}, {@code anonymous}), matched exactly but for case; {@code from} and {@code to} are days, both
 * included; {@code subject} is text the subject contains, case ignored, {@code %} and {@code _} taken literally.
 *
 * @throws AuditFilterException naming the part that cannot be searched for: a text too long, {@code to} before
 *                              {@code from}
 */
public record AuditFilter(@Nullable AuditType type, @Nullable String actor, @Nullable LocalDate from,
                          @Nullable LocalDate to, @Nullable String subject) {

    public static final String ACTOR = "actor";
    public static final String SUBJECT = "subject";
    public static final String TO = "to";

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        if (actor != null && actor.length() > AuditText.ACTOR) {
            throw new AuditFilterException(ACTOR, "tooLong", List.of(String.valueOf(AuditText.ACTOR)));
        }
        if (subject != null && subject.length() > AuditText.SUBJECT) {
            throw new AuditFilterException(SUBJECT, "tooLong", List.of(String.valueOf(AuditText.SUBJECT)));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new AuditFilterException(TO, "toBeforeFrom", List.of(from.toString(), to.toString()));
        }
    }

    /** Everything. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The subject as a LIKE pattern with {@code \} as its escape character; {@code %} when any subject will do. */
    public String subjectPattern() {
        if (subject == null) {
            return "%";
        }
        String escaped = subject.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
