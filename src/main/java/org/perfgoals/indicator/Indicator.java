package org.perfgoals.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetKind;

/**
 * A third-level indicator (三级指标) of a project with its target. The target is stored typed (kind, comparator,
 * value, unit, parts …) next to the raw text, so a later, better parser never changes what was imported.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity {

    private String level1;
    private String level2;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String targetText;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetKind targetKind;
    @Enumerated(EnumType.STRING)
    private Comparator comparator;
    private BigDecimal targetValue;
    private String targetUnit;
    private String expected;
    private LocalDate deadline;
    private boolean freeText;
    private int sourceLine;
    @Enumerated(EnumType.STRING)
    private Accumulation accumulation;
    private BigDecimal baseline;
    /** Points out of the project's 100 in the self-evaluation; set from the project's weighting scheme. */
    private BigDecimal weight;

    @ElementCollection
    @CollectionTable(name = "indicator_target_part", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "sort_order")
    private List<TargetPart> parts = new ArrayList<>();

    protected Indicator() {
    }

    public Indicator(String level1, String level2, String name, String targetText, Target target, boolean freeText,
                     int sourceLine) {
        this.level1 = level1;
        this.level2 = level2;
        this.name = name;
        this.targetText = targetText;
        this.freeText = freeText;
        this.sourceLine = sourceLine;
        setTarget(target);
        this.accumulation = Accumulation.defaultFor(name, target);
    }

    /**
     * Takes what a corrected form declares for this indicator (levels, name, target, source line), keeping what
     * monitoring added: its values, baseline and weight. A manager's choice of accumulation stays unless the kind
     * of target changed, which makes it meaningless.
     */
    public void redeclare(Indicator declared) {
        boolean sameKind = targetKind == declared.targetKind;
        level1 = declared.level1;
        level2 = declared.level2;
        name = declared.name;
        targetText = declared.targetText;
        freeText = declared.freeText;
        sourceLine = declared.sourceLine;
        comparator = null;
        targetValue = null;
        targetUnit = null;
        expected = null;
        deadline = null;
        parts.clear();
        setTarget(declared.getTarget());
        if (!sameKind) {
            accumulation = declared.accumulation;
        }
    }

    private void setTarget(Target target) {
        targetKind = target.kind();
        switch (target) {
            case Target.Quantitative q -> {
                comparator = q.comparator();
                targetValue = q.value();
                targetUnit = q.unit();
            }
            case Target.Compound c -> c.parts().forEach(part -> parts.add(TargetPart.of(part)));
            case Target.Qualitative q -> expected = q.expected();
            case Target.Relative r -> expected = r.expected();
            case Target.Deadline d -> {
                deadline = d.date();
                expected = d.expected();
            }
        }
    }

    /** The typed target, rebuilt from the stored columns. */
    public Target getTarget() {
        return switch (targetKind) {
            case QUANTITATIVE -> new Target.Quantitative(comparator, targetValue, targetUnit);
            case COMPOUND -> new Target.Compound(parts.stream().map(TargetPart::toPart).toList());
            case QUALITATIVE -> new Target.Qualitative(expected);
            case RELATIVE -> new Target.Relative(expected);
            case DEADLINE -> new Target.Deadline(deadline, expected);
        };
    }

    public String getLevel1() { return level1; }
    public String getLevel2() { return level2; }
    public String getName() { return name; }
    public String getTargetText() { return targetText; }
    public TargetKind getTargetKind() { return targetKind; }
    public boolean isFreeText() { return freeText; }
    public int getSourceLine() { return sourceLine; }

    /** How actuals add up over the year; chosen at import from name and target, editable by a manager. */
    public Accumulation getAccumulation() {
        return accumulation == null ? Accumulation.defaultFor(name, getTarget()) : accumulation;
    }

    public void setAccumulation(Accumulation accumulation) {
        this.accumulation = accumulation;
    }

    /** Last year's value of a relative target (较上一年度有提升), entered when the system has no such actual. */
    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    /** 预算执行率 is derived from the budget execution entries, never typed in. */
    public boolean isBudgetExecutionRate() {
        return IndicatorRecord.isBudgetExecutionRate(name);
    }
}
