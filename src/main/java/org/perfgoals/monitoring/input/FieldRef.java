package org.perfgoals.monitoring.input;

/**
 * The input a refusal ({@link FieldError}) is about, as a type: an indicator's actual or one of its parts, a
 * sub-item's spending, the quarter's year-end reason, the weights of a 一级. Producers and screens name fields
 * through these types, so that a renamed field is a compile error, not an error shown beside the wrong input.
 *
 * <p>{@link #path()} is the only place that turns a reference into the name the REST API sends as
 * {@code errors[].field} ({@code indicator:12.value}, {@code indicator:12.part:响应时间}, {@code budget:5.amount},
 * {@code executionReason}, {@code weights:产出目标} …); nothing parses that name back.
 */
public sealed interface FieldRef {

    /** The field's name on the wire, as clients have always read it. */
    String path();

    static Actual actual(long indicatorId, ActualField field) {
        return new Actual(indicatorId, field);
    }

    static Part part(long indicatorId, String label) {
        return new Part(indicatorId, label);
    }

    static Spending spending(long budgetItemId, SpendingField field) {
        return new Spending(budgetItemId, field);
    }

    /**
     * The wire name of a field of an indicator's JSON body as the client named it, known or not (an unknown field
     * is refused by the name it was sent under).
     */
    static String indicatorBodyField(long indicatorId, String sentName) {
        return Actual.PREFIX + indicatorId + "." + sentName;
    }

    /** The wire name of a field of a sub-item's JSON body as the client named it. */
    static String spendingBodyField(long budgetItemId, String sentName) {
        return Spending.PREFIX + budgetItemId + "." + sentName;
    }

    /** A field about one indicator: its actual's fields and its parts. */
    sealed interface OfIndicator extends FieldRef {
        long indicatorId();
    }

    /** The fields of an indicator's actual; {@code name} is the field's name in the JSON body and on the wire. */
    enum ActualField {
        VALUE("value"),
        ASSESSMENT("assessment"),
        DONE("done"),
        DONE_ON("doneOn"),
        DEVIATION_CAUSE("deviationCause"),
        DEVIATION_TEXT("deviationText"),
        MEASURES("measures"),
        LIKELIHOOD("likelihood"),
        EXPECTED_FULL_YEAR("expectedFullYear");

        private final String name;

        ActualField(String name) {
            this.name = name;
        }

        public String jsonName() {
            return name;
        }
    }

    /** A field of an indicator's actual of the quarter: {@code indicator:12.value}, {@code indicator:12.measures}. */
    record Actual(long indicatorId, ActualField field) implements OfIndicator {
        static final String PREFIX = "indicator:";

        @Override
        public String path() {
            return PREFIX + indicatorId + "." + field.jsonName();
        }
    }

    /** One part of a compound indicator, by its label: {@code indicator:12.part:响应时间}. */
    record Part(long indicatorId, String label) implements OfIndicator {
        @Override
        public String path() {
            return Actual.PREFIX + indicatorId + ".part:" + label;
        }
    }

    /** The fields of a sub-item's spending in the quarter. */
    enum SpendingField {
        AMOUNT("amount"),
        OVER_BUDGET_REASON("overBudgetReason");

        private final String name;

        SpendingField(String name) {
            this.name = name;
        }

        public String jsonName() {
            return name;
        }
    }

    /** A field of a sub-item's spending: {@code budget:5.amount}, {@code budget:5.overBudgetReason}. */
    record Spending(long budgetItemId, SpendingField field) implements FieldRef {
        static final String PREFIX = "budget:";

        @Override
        public String path() {
            return PREFIX + budgetItemId + "." + field.jsonName();
        }
    }

    /** The points a unit gives one 一级 of its project's custom weights: {@code weights:产出目标}. */
    record Level1Points(String level1) implements FieldRef {
        @Override
        public String path() {
            return "weights:" + level1;
        }
    }

    /** What concerns the quarter's report or the request as a whole rather than one row. */
    enum Report implements FieldRef {
        /** The year-end reason for an execution rate under the floor. */
        EXECUTION_REASON("executionReason"),
        /** A manager's comment when returning or approving the quarter. */
        REVIEW_COMMENT("comment"),
        /** The quarter of the path, when it is none of the project's. */
        QUARTER("quarter"),
        /** The year of the path, when it is not the project's. */
        YEAR("year");

        private final String path;

        Report(String path) {
            this.path = path;
        }

        @Override
        public String path() {
            return path;
        }
    }

    /** What concerns a project's weighting as a whole. */
    enum Weighting implements FieldRef {
        /** The scheme named (equal, national, custom). */
        SCHEME("scheme"),
        /** The points together (their sum), or the weights changed meanwhile by someone else. */
        POINTS("weights");

        private final String path;

        Weighting(String path) {
            this.path = path;
        }

        @Override
        public String path() {
            return path;
        }
    }
}
