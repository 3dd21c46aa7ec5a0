package org.perfgoals.importer.domain;

import org.perfgoals.indicator.domain.TargetReading;

/**
 * One indicator of the 分解目标 table: its 一级 and 二级 category, its name, and its target (raw text and
 * reading), with the 1-based line it came from.
 */
public record IndicatorData(String level1, String level2, String name, TargetReading target, int line) {
}
