package org.perfgoals.chart;

/** A heatmap colour for the values from {@code from} to {@code to}, named in the legend. */
public record ColorRange(double from, double to, String color, String name) {
}
