package org.perfgoals.monitoring.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.Assessment;

/** An entry after parsing: typed values, ready to be judged and stored. */
public record ParsedEntry(ActualEntry entry, BigDecimal value, Map<String, BigDecimal> parts, Assessment assessment,
                   Boolean done, LocalDate doneOn) {
}
