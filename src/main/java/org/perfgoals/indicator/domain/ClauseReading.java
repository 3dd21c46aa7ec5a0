package org.perfgoals.indicator.domain;

/** What one clause of a target cell (the text between two commas) holds. */
sealed interface ClauseReading {

    /** No value: a remark such as 排除政策变动因素 or 提高考生满意度. */
    record Nothing() implements ClauseReading {
    }

    /** One value with its comparator; {@code label} is what the clause says is measured, maybe empty. */
    record Single(String label, Target.Quantitative target) implements ClauseReading {
    }

    /** 95%-98%: at least the low and at most the high value. */
    record Range(String label, Target.Quantitative low, Target.Quantitative high) implements ClauseReading {
    }

    /** 响应时间：立即响应 — no number, but a time limit of zero. */
    record Immediate(String label) implements ClauseReading {
    }

    /** Several values in one clause that are no range: which one is the target cannot be told. */
    record Ambiguous() implements ClauseReading {
    }
}
