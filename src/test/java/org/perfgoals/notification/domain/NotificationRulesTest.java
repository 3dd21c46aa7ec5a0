package org.perfgoals.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reminder windows before a due day and the back-off of failed mails, as tables. */
class NotificationRulesTest {

    @ParameterizedTest(name = "{0} days left with reminders {1}: reminder {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # days left | reminders | reminder
              8         | 7 1       | -
              7         | 7 1       | 7
              2         | 7 1       | 7
              1         | 7 1       | 1
              0         | 7 1       | 1
             -1         | 7 1       | -
              3         | 1 7 3     | 3
              4         | 1 7 3     | 7
              0         | 0         | 0
              1         | 0         | -
            """)
    void a_round_falls_into_the_window_of_the_smallest_reminder_not_below_its_days_left(long daysLeft,
                                                                                          String reminders,
                                                                                          Integer expected) {
        DueWindows windows = new DueWindows(List.of(reminders.split(" ")).stream().map(Integer::valueOf).toList());
        assertThat(windows.windowFor(daysLeft).isPresent() ? windows.windowFor(daysLeft).getAsInt() : null)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "after {0} failed attempts: wait {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # failed | wait (first 1 min, longest 6 h, 5 attempts)
              1      | PT1M
              2      | PT2M
              3      | PT4M
              4      | PT8M
              5      | -
            """)
    void failed_mails_wait_twice_as_long_each_time_and_are_given_up_after_the_last_attempt(int failed,
                                                                                           Duration expected) {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(6));
        assertThat(policy.delayAfter(failed).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, PT10M", "2, PT20M", "3, PT30M", "9, PT30M"})
    void the_wait_never_exceeds_the_longest(int failed, Duration expected) {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(10), Duration.ofMinutes(30));
        assertThat(policy.delayAfter(failed)).contains(expected);
    }
}
