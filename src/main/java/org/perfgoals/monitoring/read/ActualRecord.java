package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;

/**
 * What was reported for one indicator in one period: the value (a number, a value per part of a compound target, an
 * assessment, or deadline progress), the explanation of a deviation, and the verdict stored with it.
 *
 * @param score the share of full marks the value earns (0..1), null when it does not apply
 */
public record ActualRecord(Period period, BigDecimal numericValue, Map<String, BigDecimal> parts,
                           Assessment assessment, Boolean done, LocalDate doneOn, DeviationCause deviationCause,
                           String deviationText, String measures, Likelihood likelihood, String expectedFullYear,
                           Status status, BigDecimal score, String updatedBy) {

    public ActualRecord {
        // In the order entered: the API lists the parts so.
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** A YELLOW or RED value needs its cause, measures and likelihood before the period can be submitted. */
    public boolean explanationMissing() {
        boolean behind = status == Status.RED || status == Status.YELLOW;
        return behind && (deviationCause == null || isBlank(measures) || likelihood == null
                || (deviationCause == DeviationCause.OTHER && isBlank(deviationText)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
