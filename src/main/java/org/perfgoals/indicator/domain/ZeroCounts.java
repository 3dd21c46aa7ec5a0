package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets that ask for no incident at all, written without a digit: 零投诉, 零事故, 无重大安全事故, 未发生安全责任事故,
 * 杜绝重大事故, 安全事故零发生, 安全事故为零. They read as "at most 0" of a count ({@code ≤ 0 起} for accidents and
 * cases, {@code ≤ 0 次} otherwise), so that an actual of 0 is met and anything more is missed; the subject is
 * what must not happen. Only a text that ends in an incident word is read (无纸化办公 is no zero-count).
 */
final class ZeroCounts {

    /** What may not happen; the words a zero-count ends with. */
    private static final String INCIDENT = "(?:事故|事件|投诉|差错|案件|违规|违纪|违法|上访|信访|纠纷|失误|泄密|火灾|伤亡"
            + "|差评|舆情|故障|失泄密|违法违纪|违规违纪)";
    private static final String NONE_FIRST = "(?:无|零|杜绝|未发生|不发生|没有发生|没有|未出现|不出现|避免发生|实现零)";
    private static final String HAPPEN = "(?:发生|出现)?";
    /** 无重大安全事故(发生), 零投诉, 杜绝重大事故. */
    private static final Pattern BEFORE =
            Pattern.compile("^" + NONE_FIRST + "(.{0,14}?" + INCIDENT + ")" + HAPPEN + "$");
    /** 安全事故零发生, 安全事故为零, 重大事故发生数为零. */
    private static final Pattern AFTER = Pattern.compile(
            "^(.{0,14}?" + INCIDENT + ")(?:发生)?(?:数|次数|起数|件数)?(?:为零|零发生|为0|零)$");
    private static final Pattern ENDING = Pattern.compile("[\\s。.!！;；]+$");

    /** The counted thing and its limit. */
    record Reading(Target.Quantitative target, String subject) {
    }

    private ZeroCounts() {
    }

    static Optional<Reading> read(String normalized) {
        String text = ENDING.matcher(normalized).replaceAll("").replace(" ", "");
        for (Pattern p : new Pattern[] {BEFORE, AFTER}) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String subject = m.group(1);
                return Optional.of(new Reading(new Target.Quantitative(Comparator.LE, BigDecimal.ZERO, unit(subject)),
                        subject));
            }
        }
        return Optional.empty();
    }

    /** Accidents and cases are counted in 起, everything else in 次. */
    private static String unit(String subject) {
        return subject.matches(".*(?:事故|事件|案件|火灾|伤亡)") ? "起" : "次";
    }
}
