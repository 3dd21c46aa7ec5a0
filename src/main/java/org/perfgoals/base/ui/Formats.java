package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** How amounts, percentages and dates read in the UI: yuan with thousands separators, no needless decimals. */
public final class Formats {

    private Formats() {
    }

    /** 18372648 → "18,372,648"; 1234.5 → "1,234.50" (money keeps both decimals when it has any). */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String pattern = stripped.scale() <= 0 ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** "18,372,648 元" or "18,372,648 yuan", from the {@code amount.yuan} key. */
    public static String yuan(Component context, BigDecimal value) {
        return value == null ? "—" : context.getTranslation("amount.yuan", amount(value));
    }

    /** 12.345 → "12.35 %"; whole numbers without decimals. */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString() + " %";
    }

    /** A share of a whole, always with two decimals so a column of shares lines up: 2.1 → "2.10 %". */
    public static String share(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
