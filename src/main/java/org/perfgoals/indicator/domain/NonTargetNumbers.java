package org.perfgoals.indicator.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the digits that are no target value (years, dates, hotline numbers such as 12333, model names such
 * as H5) so that the quantity reader cannot take them for one. The result has the same length as the input,
 * so a position found in it is a position in the original text: the hidden digits become {@code #}.
 */
final class NonTargetNumbers {

    static final char HIDDEN = '#';

    /** The Latin units {@link Units} reads, as a whole word in any case. */
    private static final String LATIN_UNIT = "(?i:hours?|hrs?|h|minutes?|mins?|days?|km|kg|percent)(?![A-Za-z])";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}\\s*[-/.]\\s*[0-9]{1,2}(?:\\s*[-/.]\\s*[0-9]{1,2})?(?![0-9])"),
            Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?=\\s*年)"),
            Pattern.compile("(?<![0-9个.])[0-9]{1,2}\\s*月(?:\\s*[0-9]{1,2}\\s*[日号])?"),
            Pattern.compile("(?:热线|电话|拨打|编号|号码|代码|第|No\\.?)\\s*[0-9]+"),
            Pattern.compile("[0-9]+(?=\\s*(?:热线|电话|号|平台|版|型|代|级|类|楼|层|路|条例|岁))"),
            // H5, 4G, 5G网络; but not a number with a Latin unit after it (24h, 30 min, 500km)
            Pattern.compile("(?<=[A-Za-z])[0-9.]+|[0-9.]+(?=[A-Za-z])(?!" + LATIN_UNIT + ")"));

    private NonTargetNumbers() {
    }

    static String hide(String text) {
        char[] out = text.toCharArray();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (out[i] >= '0' && out[i] <= '9') {
                        out[i] = HIDDEN;
                    }
                }
            }
        }
        return new String(out);
    }
}
