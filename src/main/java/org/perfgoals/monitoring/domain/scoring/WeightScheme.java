package org.perfgoals.monitoring.domain.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a project's indicators are weighted: every 一级 the same share, the national scheme (财预〔2020〕10号), or points
 * the unit fixed per 一级. The code is what the database, the REST API and the translation keys use.
 */
public enum WeightScheme {
    EQUAL("equal"), NATIONAL("national"), CUSTOM("custom");

    private final String code;

    WeightScheme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The scheme of a stored or sent code; empty for anything else (null included). */
    public static Optional<WeightScheme> ofCode(String code) {
        return Arrays.stream(values()).filter(scheme -> scheme.code.equals(code)).findFirst();
    }
}
