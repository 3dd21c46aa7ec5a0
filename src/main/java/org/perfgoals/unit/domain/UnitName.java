package org.perfgoals.unit.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a unit's name is written when it is stored: without the stamp a form prints after it (（盖章）, (公章), 盖章),
 * without surrounding spaces and with inner runs of white space as one space. Forms, the admin views and the REST
 * API all pass through here, so one unit is never stored under two spellings that differ only in these.
 */
public final class UnitName {

    /** As the unit, project and alert tables hold it. */
    public static final int MAX_LENGTH = 300;

    private static final Pattern BRACKETED_STAMP = Pattern.compile("[(（【\\[]\\s*[盖公]?\\s*章\\s*[)）】\\]]");
    private static final Pattern TRAILING_STAMP = Pattern.compile("\\s*盖\\s*章\\s*$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private UnitName() {
    }

    /** The name as stored, or empty when nothing of a name is left. */
    public static Optional<String> normalize(String written) {
        String name = BRACKETED_STAMP.matcher(written).replaceAll("");
        name = TRAILING_STAMP.matcher(name).replaceAll("");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** What is wrong with a name an admin typed, or empty when it can be stored. */
    public static Optional<String> problem(String written) {
        Optional<String> name = normalize(written);
        if (name.isEmpty()) {
            return Optional.of("required");
        }
        if (name.get().length() > MAX_LENGTH) {
            return Optional.of("tooLong");
        }
        if (name.get().chars().anyMatch(Character::isISOControl)) {
            return Optional.of("control");
        }
        return Optional.empty();
    }
}
