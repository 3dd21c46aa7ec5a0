package org.perfgoals.generator;

/** What one run of the generator wrote. */
public record GeneratedData(int projects, int indicators, int actuals, int executions, int reports, int alerts,
                            long millis) {
}
