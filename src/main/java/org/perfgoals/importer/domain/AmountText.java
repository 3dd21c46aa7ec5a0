package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perfgoals.indicator.domain.HalfWidth;

/** Reads and writes budget amounts: 71387200, 18,372,648, １８，３７２，６４８, 700万元, ¥1,000.00 元. */
final class AmountText {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private AmountText() {
    }

    /**
     * The amount in yuan, or empty when the text is not a number. {@code inTenThousands} is set when the
     * label or table header says （万元）.
     */
    static Optional<BigDecimal> parse(String text, boolean inTenThousands) {
        String number = HalfWidth.key(text).replace(",", "").replace("¥", "").replace("￥", "");
        boolean tenThousands = inTenThousands;
        if (number.endsWith("万元") || number.endsWith("万")) {
            tenThousands = true;
            number = number.substring(0, number.lastIndexOf('万'));
        } else if (number.endsWith("元")) {
            number = number.substring(0, number.length() - 1);
        }
        if (!NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(number);
        return Optional.of(tenThousands ? amount.multiply(TEN_THOUSAND) : amount);
    }

    static boolean looksLikeAmount(String text) {
        return parse(text, false).isPresent();
    }

    /** Thousands separators and no needless decimals, as messages show amounts: 18,372,647. */
    static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    static boolean mentionsTenThousands(String text) {
        return text != null && text.contains("万元");
    }
}
