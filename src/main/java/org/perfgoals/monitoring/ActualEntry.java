package org.perfgoals.monitoring;

import java.time.LocalDate;
import java.util.Map;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;

/**
 * What someone entered for one indicator in one period, as typed: {@code value} for a number ("98", "98%",
 * "９８"), {@code parts} by label for a compound target, {@code assessment} for a qualitative one, {@code done} and
 * {@code doneOn} for a deadline; plus the explanation of a deviation. A blank value clears the stored one.
 */
public record ActualEntry(long indicatorId, String value, Map<String, String> parts, Assessment assessment,
                          Boolean done, LocalDate doneOn, DeviationCause deviationCause, String deviationText,
                          String measures, Likelihood likelihood, String expectedFullYear) {

    public ActualEntry {
        parts = parts == null ? Map.of() : Map.copyOf(parts);
    }

    public static ActualEntry number(long indicatorId, String value) {
        return new ActualEntry(indicatorId, value, Map.of(), null, null, null, null, null, null, null, null);
    }

    public ActualEntry explained(DeviationCause cause, String text, String measures, Likelihood likelihood) {
        return new ActualEntry(indicatorId, value, parts, assessment, done, doneOn, cause, text, measures, likelihood,
                expectedFullYear);
    }
}
