package org.perfgoals.monitoring;

import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.read.ChangeSubject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a parsed entry into the stored value, logging every field that changes. */
final class EntryWriter {

    private EntryWriter() {
    }

    static void write(ParsedEntry parsed, ActualValue stored, ChangeLog log) {
        long id = stored.getIndicatorId();
        ChangeSubject subject = ChangeSubject.INDICATOR;
        ActualEntry entry = parsed.entry();
        log.record(subject, id, "value", stored.getNumericValue(), parsed.value());
        stored.setNumericValue(parsed.value());
        Map<String, BigDecimal> before = new LinkedHashMap<>(stored.getParts());
        before.keySet().forEach(label -> {
            if (!parsed.parts().containsKey(label)) {
                log.record(subject, id, "part:" + label, before.get(label), null);
            }
        });
        parsed.parts().forEach((label, value) -> log.record(subject, id, "part:" + label, before.get(label), value));
        stored.getParts().clear();
        stored.getParts().putAll(parsed.parts());
        log.record(subject, id, "assessment", stored.getAssessment(), parsed.assessment());
        stored.setAssessment(parsed.assessment());
        log.record(subject, id, "done", stored.getDone(), parsed.done());
        stored.setDone(parsed.done());
        log.record(subject, id, "doneOn", stored.getDoneOn(), parsed.doneOn());
        stored.setDoneOn(parsed.doneOn());
        log.record(subject, id, "deviationCause", stored.getDeviationCause(), entry.deviationCause());
        stored.setDeviationCause(entry.deviationCause());
        log.record(subject, id, "deviationText", stored.getDeviationText(), blankToNull(entry.deviationText()));
        stored.setDeviationText(blankToNull(entry.deviationText()));
        log.record(subject, id, "measures", stored.getMeasures(), blankToNull(entry.measures()));
        stored.setMeasures(blankToNull(entry.measures()));
        log.record(subject, id, "likelihood", stored.getLikelihood(), entry.likelihood());
        stored.setLikelihood(entry.likelihood());
        log.record(subject, id, "expectedFullYear", stored.getExpectedFullYear(),
                blankToNull(entry.expectedFullYear()));
        stored.setExpectedFullYear(blankToNull(entry.expectedFullYear()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
