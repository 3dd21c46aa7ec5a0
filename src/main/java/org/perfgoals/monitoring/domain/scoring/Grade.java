package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The grade of a self-evaluation total out of 100: 优 ≥ 90, 良 80–89, 中 60–79, 差 &lt; 60. The national
 * bands are written in whole points; a total between them (89.95) is graded on the total as shown, rounded to 1
 * decimal HALF_UP (90.0 → 优), so that the grade never contradicts the number on the screen.
 */
public enum Grade {
    /** 优: 90 and above. */
    EXCELLENT("优", 90),
    /** 良: 80 to under 90. */
    GOOD("良", 80),
    /** 中: 60 to under 80. */
    FAIR("中", 60),
    /** 差: under 60. */
    POOR("差", 0);

    private final String chinese;
    private final BigDecimal floor;

    Grade(String chinese, int floor) {
        this.chinese = chinese;
        this.floor = BigDecimal.valueOf(floor);
    }

    /** The grade of {@code total} rounded to 1 decimal HALF_UP. */
    public static Grade of(BigDecimal total) {
        BigDecimal shown = Objects.requireNonNull(total, "total").setScale(1, RoundingMode.HALF_UP);
        for (Grade grade : values()) {
            if (shown.compareTo(grade.floor) >= 0) {
                return grade;
            }
        }
        return POOR; // a negative total cannot come from the evaluator; it is still poor
    }

    public String chinese() {
        return chinese;
    }

    /** The lowest total (as shown) that earns this grade. */
    public BigDecimal floor() {
        return floor;
    }
}
