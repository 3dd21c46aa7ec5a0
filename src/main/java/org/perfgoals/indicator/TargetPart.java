package org.perfgoals.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;

/** One stored part of a compound target. */
@Embeddable
public class TargetPart {

    @Column(nullable = false)
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparator comparator;
    @Column(name = "target_value", nullable = false)
    private BigDecimal value;
    @Column(name = "target_unit")
    private String unit;

    protected TargetPart() {
    }

    static TargetPart of(Target.Part part) {
        TargetPart stored = new TargetPart();
        stored.label = part.label();
        stored.comparator = part.target().comparator();
        stored.value = part.target().value();
        stored.unit = part.target().unit();
        return stored;
    }

    Target.Part toPart() {
        return new Target.Part(label, new Target.Quantitative(comparator, value, unit));
    }
}
