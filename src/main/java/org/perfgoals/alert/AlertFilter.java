package org.perfgoals.alert;

/** What the alert centre is narrowed to; null fields do not narrow. A period is its year and last month. */
public record AlertFilter(AlertStatus status, AlertType type, String unit, Long projectId, Integer year,
                          Integer month, Boolean active) {

    public static final AlertFilter ALL = new AlertFilter(null, null, null, null, null, null, null);

    public static AlertFilter activeOfProject(long projectId) {
        return new AlertFilter(null, null, null, projectId, null, null, true);
    }
}
