package org.perfgoals.monitoring.domain;

/** A person's judgement of a qualitative target, as the national monitoring form words it. */
public enum Assessment {
    /** 达成目标 */
    MET,
    /** 部分达成目标并具有一定效果 */
    PARTLY_MET,
    /** 未达成目标且效果较差 */
    NOT_MET;

    /** A judgement maps to a colour one to one: met green, partly met yellow, not met red. */
    Status status() {
        return switch (this) {
            case MET -> Status.GREEN;
            case PARTLY_MET -> Status.YELLOW;
            case NOT_MET -> Status.RED;
        };
    }

    /** Stable reason code for the evaluation this judgement gives. */
    String reason() {
        return switch (this) {
            case MET -> "assessedMet";
            case PARTLY_MET -> "assessedPartlyMet";
            case NOT_MET -> "assessedNotMet";
        };
    }
}
