package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The typed reading of a target cell (指标目标值). The raw text is kept next to it by whoever stores it.
 */
public sealed interface Target {

    TargetKind kind();

    /**
     * A number to compare with: comparator, value and canonical unit ({@code %}, {@code 元}, {@code 分钟},
     * {@code 元/分钟}, {@code 人}, … or empty for a bare number).
     */
    record Quantitative(Comparator comparator, BigDecimal value, String unit) implements Target {
        public Quantitative {
            Objects.requireNonNull(comparator);
            Objects.requireNonNull(value);
            unit = unit == null ? "" : unit;
        }

        @Override
        public TargetKind kind() {
            return TargetKind.QUANTITATIVE;
        }

        public Polarity polarity() {
            return comparator.polarity();
        }
    }

    /** Several quantitative limits that must all hold, e.g. response ≤ 30 分钟 and repair ≤ 180 分钟. */
    record Compound(List<Part> parts) implements Target {
        public Compound {
            parts = List.copyOf(parts);
        }

        @Override
        public TargetKind kind() {
            return TargetKind.COMPOUND;
        }

        /**
         * A range of one quantity (3-5个, 90%-95%, 3至5): exactly a 下限 and an 上限 part in the same unit, so
         * that one value is judged against both; a range inside a longer cell (满意度下限, 满意度上限) counts too.
         */
        public boolean isRange() {
            if (parts.size() != 2) {
                return false;
            }
            Part low = parts.get(0);
            Part high = parts.get(1);
            return low.label().endsWith("下限") && high.label().endsWith("上限")
                    && low.label().regionMatches(0, high.label(), 0, low.label().length() - 2)
                    && low.target().unit().equals(high.target().unit());
        }
    }

    /** One labelled limit of a compound target (label such as 响应时间, 故障处理时间). */
    record Part(String label, Quantitative target) {
        public Part {
            Objects.requireNonNull(label);
            Objects.requireNonNull(target);
        }
    }

    /** Judged by a person each period; {@code expected} is the wording the form expects (健全, 合规, …). */
    record Qualitative(String expected) implements Target {
        public Qualitative {
            Objects.requireNonNull(expected);
        }

        @Override
        public TargetKind kind() {
            return TargetKind.QUALITATIVE;
        }
    }

    /** Better than last year's actual value (较上一年度有提升); {@code expected} keeps the wording. */
    record Relative(String expected) implements Target {
        public Relative {
            Objects.requireNonNull(expected);
        }

        @Override
        public TargetKind kind() {
            return TargetKind.RELATIVE;
        }
    }

    /** Done by a date (2019年12月底前 → 2019-12-31); {@code expected} keeps what must be done. */
    record Deadline(LocalDate date, String expected) implements Target {
        public Deadline {
            Objects.requireNonNull(date);
            expected = expected == null ? "" : expected;
        }

        @Override
        public TargetKind kind() {
            return TargetKind.DEADLINE;
        }
    }
}
