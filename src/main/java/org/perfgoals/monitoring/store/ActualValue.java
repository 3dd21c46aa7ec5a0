package org.perfgoals.monitoring.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;

/**
 * What was reported for one indicator in one period: the value (a number, a value per part of a compound target,
 * an assessment, or deadline progress), the explanation of a deviation, and the status it was judged to have.
 */
@Entity
@Table(name = "actual_value")
public class ActualValue extends PeriodRecord {

    @Column(nullable = false)
    private long indicatorId;
    private BigDecimal numericValue;
    @ElementCollection
    @CollectionTable(name = "actual_part_value", joinColumns = @JoinColumn(name = "actual_id"))
    @MapKeyColumn(name = "label")
    @Column(name = "part_value")
    private Map<String, BigDecimal> parts = new LinkedHashMap<>();
    @Enumerated(EnumType.STRING)
    private Assessment assessment;
    private Boolean done;
    private LocalDate doneOn;
    @Enumerated(EnumType.STRING)
    private DeviationCause deviationCause;
    private String deviationText;
    private String measures;
    @Enumerated(EnumType.STRING)
    private Likelihood likelihood;
    private String expectedFullYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.NO_DATA;
    /** The share of full marks this value earns in the self-evaluation (0..1), null when it does not apply. */
    private BigDecimal score;

    protected ActualValue() {
    }

    public ActualValue(long indicatorId, long projectId, Period period) {
        super(projectId, period);
        this.indicatorId = indicatorId;
    }

    public long getIndicatorId() { return indicatorId; }
    public BigDecimal getNumericValue() { return numericValue; }
    public void setNumericValue(BigDecimal numericValue) { this.numericValue = numericValue; }
    public Map<String, BigDecimal> getParts() { return parts; }
    public Assessment getAssessment() { return assessment; }
    public void setAssessment(Assessment assessment) { this.assessment = assessment; }
    public Boolean getDone() { return done; }
    public void setDone(Boolean done) { this.done = done; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public DeviationCause getDeviationCause() { return deviationCause; }
    public void setDeviationCause(DeviationCause deviationCause) { this.deviationCause = deviationCause; }
    public String getDeviationText() { return deviationText; }
    public void setDeviationText(String deviationText) { this.deviationText = deviationText; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public Likelihood getLikelihood() { return likelihood; }
    public void setLikelihood(Likelihood likelihood) { this.likelihood = likelihood; }
    public String getExpectedFullYear() { return expectedFullYear; }
    public void setExpectedFullYear(String expectedFullYear) { this.expectedFullYear = expectedFullYear; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
}
