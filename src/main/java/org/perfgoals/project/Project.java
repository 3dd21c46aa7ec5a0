package org.perfgoals.project;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.indicator.Indicator;

/**
 * A fiscal-expenditure project as declared on its 绩效目标申报表: one form, one project. Identified for
 * imports by year, unit and name.
 */
@Entity
@Table(name = "project")
public class Project extends AbstractEntity {

    @Version
    private long version;

    @Column(name = "project_year", nullable = false)
    private int year;
    /** The organisation (申报单位); the column keeps its older name, department. */
    @Column(name = "department", nullable = false)
    private String unit;
    @Column(nullable = false)
    private String name;
    private String projectType;
    private String fundUse;
    private String owner;
    private String contact;
    private String phone;
    private LocalDate startDate;
    private LocalDate endDate;
    private String overview;
    private String legalBasis;
    private String necessity;
    private String safeguards;
    private String implementationPlan;
    private String overallGoal;
    private String annualGoal;
    private String remark;
    private BigDecimal totalBudget;
    private BigDecimal currentYearBudget;
    private BigDecimal previousYearBudget;
    private BigDecimal previousYearExecuted;
    /**
     * "equal" (default: equal within each level), "national" (产出 50, 效果 30, 影响力 10, 投入和管理 10) or "custom"
     * (the points in {@link #level1Points}).
     */
    private String weightScheme;
    private String importedBy;
    private Instant importedAt;
    private String weightsChangedBy;
    private Instant weightsChangedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<BudgetItem> budgetItems = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "import_warning", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "sort_order")
    private List<ImportWarning> warnings = new ArrayList<>();

    /** The unit's own points per 一级 under the "custom" scheme. */
    @ElementCollection
    @CollectionTable(name = "project_level1_weight", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "level1")
    @Column(name = "points", nullable = false)
    private Map<String, BigDecimal> level1Points = new LinkedHashMap<>();

    protected Project() {
    }

    public Project(int year, String unit, String name) {
        this.year = year;
        this.unit = unit;
        this.name = name;
    }

    public long getVersion() { return version; }
    public int getYear() { return year; }
    public String getUnit() { return unit; }
    public String getName() { return name; }
    public String getProjectType() { return projectType; }
    public void setProjectType(String projectType) { this.projectType = projectType; }
    public String getFundUse() { return fundUse; }
    public void setFundUse(String fundUse) { this.fundUse = fundUse; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getOverview() { return overview; }
    public void setOverview(String overview) { this.overview = overview; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNecessity() { return necessity; }
    public void setNecessity(String necessity) { this.necessity = necessity; }
    public String getSafeguards() { return safeguards; }
    public void setSafeguards(String safeguards) { this.safeguards = safeguards; }
    public String getImplementationPlan() { return implementationPlan; }
    public void setImplementationPlan(String implementationPlan) { this.implementationPlan = implementationPlan; }
    public String getOverallGoal() { return overallGoal; }
    public void setOverallGoal(String overallGoal) { this.overallGoal = overallGoal; }
    public String getAnnualGoal() { return annualGoal; }
    public void setAnnualGoal(String annualGoal) { this.annualGoal = annualGoal; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public BigDecimal getTotalBudget() { return totalBudget; }
    public void setTotalBudget(BigDecimal totalBudget) { this.totalBudget = totalBudget; }
    public BigDecimal getCurrentYearBudget() { return currentYearBudget; }
    public void setCurrentYearBudget(BigDecimal currentYearBudget) { this.currentYearBudget = currentYearBudget; }
    public BigDecimal getPreviousYearBudget() { return previousYearBudget; }
    public void setPreviousYearBudget(BigDecimal previousYearBudget) { this.previousYearBudget = previousYearBudget; }
    public BigDecimal getPreviousYearExecuted() { return previousYearExecuted; }
    public void setPreviousYearExecuted(BigDecimal previousYearExecuted) {
        this.previousYearExecuted = previousYearExecuted;
    }
    public String getImportedBy() { return importedBy; }

    public String getWeightScheme() {
        return weightScheme == null ? "equal" : weightScheme;
    }

    public void setWeightScheme(String weightScheme) {
        this.weightScheme = weightScheme;
    }
    /** The points per 一级 of the "custom" scheme (the weights put them in the order of the indicators). */
    public Map<String, BigDecimal> getLevel1Points() {
        return Collections.unmodifiableMap(level1Points);
    }

    public void setLevel1Points(Map<String, BigDecimal> points) {
        level1Points.clear();
        level1Points.putAll(points);
    }

    public Instant getImportedAt() { return importedAt; }
    public String getWeightsChangedBy() { return weightsChangedBy; }
    public Instant getWeightsChangedAt() { return weightsChangedAt; }

    public void markWeightsChanged(String by, Instant at) {
        this.weightsChangedBy = by;
        this.weightsChangedAt = at;
    }

    public void markImported(String by, Instant at) {
        this.importedBy = by;
        this.importedAt = at;
    }

    /**
     * Takes every declared field of a corrected form of this project (same year, unit and name); the budget items
     * and indicators are the caller's to match, since values recorded against them must stay with them.
     */
    public void redeclareFields(Project declared) {
        projectType = declared.projectType;
        fundUse = declared.fundUse;
        owner = declared.owner;
        contact = declared.contact;
        phone = declared.phone;
        startDate = declared.startDate;
        endDate = declared.endDate;
        overview = declared.overview;
        legalBasis = declared.legalBasis;
        necessity = declared.necessity;
        safeguards = declared.safeguards;
        implementationPlan = declared.implementationPlan;
        overallGoal = declared.overallGoal;
        annualGoal = declared.annualGoal;
        remark = declared.remark;
        totalBudget = declared.totalBudget;
        currentYearBudget = declared.currentYearBudget;
        previousYearBudget = declared.previousYearBudget;
        previousYearExecuted = declared.previousYearExecuted;
        warnings.clear();
        warnings.addAll(declared.warnings);
    }

    public List<BudgetItem> getBudgetItems() { return budgetItems; }
    public List<Indicator> getIndicators() { return indicators; }
    public List<ImportWarning> getWarnings() { return warnings; }
}
