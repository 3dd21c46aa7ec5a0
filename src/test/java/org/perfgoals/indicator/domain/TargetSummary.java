package org.perfgoals.indicator.domain;

import java.util.stream.Collectors;

/** A short, comparable spelling of a reading for table-driven tests: "GE 98 %", "FREE", "DEADLINE 2019-12-31". */
final class TargetSummary {

    private TargetSummary() {
    }

    static String of(TargetReading reading) {
        return switch (reading.target()) {
            case Target.Quantitative q -> quantity(q);
            case Target.Compound c -> c.parts().stream().map(p -> p.label() + ":" + quantity(p.target()))
                    .collect(Collectors.joining(" & "));
            case Target.Qualitative q -> reading.freeText() ? "FREE" : "QUALITATIVE";
            case Target.Relative r -> "RELATIVE";
            case Target.Deadline d -> "DEADLINE " + d.date();
        };
    }

    static String quantity(Target.Quantitative q) {
        String value = q.comparator() + " " + q.value().toPlainString();
        return q.unit().isEmpty() ? value : value + " " + q.unit();
    }
}
