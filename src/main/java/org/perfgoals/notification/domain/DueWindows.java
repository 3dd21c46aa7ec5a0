package org.perfgoals.notification.domain;

import java.util.List;
import java.util.OptionalInt;

/**
 * The reminders before a due day, as days before it (7 and 1 by default). A round with {@code daysLeft} falls into
 * the window of the smallest reminder not below it, from the due day (0) on: with 7 and 1, days 7 to 2 are the
 * 7-day reminder and days 1 and 0 the 1-day one. So a round first seen three days before its due day gets the 7-day
 * reminder (once), and the 1-day one later, never both at the same time.
 */
public record DueWindows(List<Integer> days) {

    public DueWindows {
        days = days.stream().filter(day -> day >= 0).distinct().sorted().toList();
    }

    /** The reminder whose window holds {@code daysLeft}; empty before the first window and after the due day. */
    public OptionalInt windowFor(long daysLeft) {
        if (daysLeft < 0) {
            return OptionalInt.empty();
        }
        return days.stream().filter(day -> day >= daysLeft).mapToInt(Integer::intValue).findFirst();
    }

    /** The largest reminder: rounds due further ahead need none yet. */
    public int furthest() {
        return days.isEmpty() ? -1 : days.getLast();
    }
}
