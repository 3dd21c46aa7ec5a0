/**
 * Year-end self-evaluation scoring (绩效自评, 财预〔2020〕10号), plain Java.
 *
 * <p>Three steps, each its own class: {@link org.perfgoals.monitoring.domain.scoring.Weights} gives every indicator its points
 * out of 100 (weights are data: equal within levels by default, the national scheme or a unit's own as overrides,
 * recorded as a {@link org.perfgoals.monitoring.domain.scoring.SchemeWeights}); {@link org.perfgoals.monitoring.domain.scoring.IndicatorScore}
 * turns an indicator's target, actual and monitoring evaluation into the share of its points earned, or none when it
 * does not apply; {@link org.perfgoals.monitoring.domain.scoring.SelfEvaluator} adds the
 * {@link org.perfgoals.monitoring.domain.scoring.ScoreLine}s up, drops what does not apply, rescales to 100 and grades.
 */
package org.perfgoals.monitoring.domain.scoring;
