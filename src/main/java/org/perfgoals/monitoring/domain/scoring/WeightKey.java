package org.perfgoals.monitoring.domain.scoring;

/**
 * Where an indicator sits in the indicator tree, which is all that equal weighting needs to know about it.
 * A form may leave the 一级 or 二级 cell empty: those rows are grouped under {@link #UNGRADED_LEVEL1}
 * and an empty 二级 rather than dropped, so that every indicator still gets a weight.
 *
 * @param level1      一级指标, null or blank → {@value #UNGRADED_LEVEL1}
 * @param level2      二级指标, null or blank → ""
 * @param indicatorId the indicator the weight is for
 */
public record WeightKey(String level1, String level2, long indicatorId) {

    /** The 一级 of an indicator whose form names none. */
    public static final String UNGRADED_LEVEL1 = "未分级";

    public WeightKey {
        level1 = level1 == null || level1.isBlank() ? UNGRADED_LEVEL1 : level1.strip();
        level2 = level2 == null ? "" : level2.strip();
    }
}
