package org.perfgoals.project.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetKind;

/** A typed target on the wire: {@code kind} and, by kind, comparator/value/unit, parts, expected or date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetJson(TargetKind kind, Comparator comparator, BigDecimal value, String unit, List<PartJson> parts,
                         String expected, LocalDate date) {

    public record PartJson(String label, Comparator comparator, BigDecimal value, String unit) {
    }

    public static TargetJson of(Target target) {
        return switch (target) {
            case Target.Quantitative q ->
                    new TargetJson(q.kind(), q.comparator(), plain(q.value()), q.unit(), null, null, null);
            case Target.Compound c -> new TargetJson(c.kind(), null, null, null, c.parts().stream()
                    .map(part -> new PartJson(part.label(), part.target().comparator(), plain(part.target().value()),
                            part.target().unit()))
                    .toList(), null, null);
            case Target.Qualitative q -> new TargetJson(q.kind(), null, null, null, null, q.expected(), null);
            case Target.Relative r -> new TargetJson(r.kind(), null, null, null, null, r.expected(), null);
            case Target.Deadline d -> new TargetJson(d.kind(), null, null, null, null, d.expected(), d.date());
        };
    }

    /** 80.000000 from the database reads 80 on the wire. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
