package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantitative content of a whole cell: splits it into clauses, reads each, and decides. One clause
 * with a value → QUANTITATIVE (its label is the subject); several → COMPOUND of labelled parts that must all
 * hold; a range → COMPOUND of 下限 and 上限. Anything that cannot be told apart safely yields nothing.
 */
final class QuantityReader {

    /** Clause separators; 且/并且/同时 join limits that must all hold. */
    private static final Pattern SEPARATOR = Pattern.compile("[，,；;。、\\n]|并且|而且|且|同时");

    static final String LOW = "下限";
    static final String HIGH = "上限";

    /** The reading: a quantitative or compound target and the subject the text names, maybe null. */
    record Reading(Target target, String subject) {
    }

    private QuantityReader() {
    }

    static Optional<Reading> read(String text) {
        String hidden = NonTargetNumbers.hide(text);
        List<ClauseReading> clauses = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            if (end > start) {
                clauses.add(ClauseReader.read(text.substring(start, end), hidden.substring(start, end)));
            }
            if (!found) {
                break;
            }
            start = m.end();
        }
        return combine(clauses);
    }

    private static Optional<Reading> combine(List<ClauseReading> clauses) {
        if (clauses.stream().anyMatch(c -> c instanceof ClauseReading.Ambiguous)) {
            return Optional.empty();
        }
        List<ClauseReading> valued = clauses.stream()
                .filter(c -> c instanceof ClauseReading.Single || c instanceof ClauseReading.Range).toList();
        if (valued.isEmpty()) {
            return Optional.empty();
        }
        // 立即 is a limit of zero minutes, but only next to other time limits; alone it is a qualitative wording
        boolean timeLimits = valued.stream().anyMatch(c -> c instanceof ClauseReading.Single s
                && s.target().unit().equals("分钟"));
        List<ClauseReading> parts = clauses.stream()
                .filter(c -> valued.contains(c) || timeLimits && c instanceof ClauseReading.Immediate).toList();
        if (parts.size() == 1) {
            return Optional.of(single(parts.getFirst()));
        }
        List<Target.Part> out = new ArrayList<>();
        for (ClauseReading c : parts) {
            switch (c) {
                case ClauseReading.Single s -> out.add(new Target.Part(s.label(), s.target()));
                case ClauseReading.Range r -> {
                    out.add(new Target.Part(r.label() + LOW, r.low()));
                    out.add(new Target.Part(r.label() + HIGH, r.high()));
                }
                case ClauseReading.Immediate i -> out.add(new Target.Part(i.label(),
                        new Target.Quantitative(Comparator.LE, BigDecimal.ZERO, "分钟")));
                default -> {
                }
            }
        }
        if (parts.stream().anyMatch(c -> label(c).isEmpty())) {
            return Optional.empty(); // "≥90%，≥95%": several values without names, which is which?
        }
        return Optional.of(new Reading(new Target.Compound(out), null));
    }

    private static Reading single(ClauseReading clause) {
        return switch (clause) {
            case ClauseReading.Single s -> new Reading(s.target(), subject(s.label()));
            case ClauseReading.Range r -> new Reading(new Target.Compound(List.of(
                    new Target.Part(LOW, r.low()), new Target.Part(HIGH, r.high()))), subject(r.label()));
            default -> throw new IllegalStateException("only values are read alone: " + clause);
        };
    }

    private static String label(ClauseReading c) {
        return switch (c) {
            case ClauseReading.Single s -> s.label();
            case ClauseReading.Range r -> r.label();
            case ClauseReading.Immediate i -> i.label();
            default -> "";
        };
    }

    /** A subject must name something: not empty, not just punctuation or digits. */
    static String subject(String label) {
        return label != null && label.codePoints().anyMatch(Character::isLetter) ? label : null;
    }
}
