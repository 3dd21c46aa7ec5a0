package org.perfgoals.indicator.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes/no targets: 是 or 否 alone, or behind the question they answer (是否按时完成：是). They read as qualitative
 * targets whose expected wording is the answer, judged by a person like any other qualitative target; the subject
 * is the question when the cell states one. 有 and 无 alone stay free text: without a question they say nothing.
 */
final class YesNo {

    private static final Pattern ANSWER = Pattern.compile("^(?:(.{1,30}?)\\s*[:：]\\s*)?([是否])[\\s。.!！]*$");

    /** The expected answer and the question, maybe null. */
    record Reading(String answer, String subject) {
    }

    private YesNo() {
    }

    static Optional<Reading> read(String normalized) {
        Matcher m = ANSWER.matcher(normalized.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(m.group(2), m.group(1) == null ? null : m.group(1).strip()));
    }
}
