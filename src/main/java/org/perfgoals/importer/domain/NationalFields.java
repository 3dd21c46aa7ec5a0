package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Reads the fields of a {@link FormFamily#NATIONAL} form that Shanghai's form lays out otherwise: the unit (实施单位,
 * else 主管部门 without its code), the project attribute (项目属性, as the project type), the period (项目期, 起止时间)
 * and the amounts (资金总额 with 财政拨款 and 其他资金, in 万元 unless a label says 元).
 */
final class NationalFields {

    /** [123]上海市…, 【123001】…, 123001 上海市…: a code in front of the department's name. */
    private static final String CODE = "[\\[【(（]\\s*[0-9A-Za-z.-]+\\s*[]】)）]";
    private static final Pattern LEADING_CODE = Pattern.compile("^(?:" + CODE + "|[0-9]{2,}\\s+)");
    /** 上海市…（123001）, 上海市… 123001, 上海市…/123: a code behind it. */
    private static final Pattern TRAILING_CODE = Pattern.compile("(?:" + CODE + "|[\\s/]+[0-9]{2,})$");
    /** A date as forms write them, several in a period (2026.1.1-2026.12.31, 2026年1月至2026年12月). */
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}(?:([-./])\\d{1,2}(?:\\1\\d{1,2})?|年\\d{1,2}月(?:\\d{1,2}[日号])?|年度?)?");
    /** 1年, 3年: a period given as its length, counted from the form's year. */
    private static final Pattern YEARS = Pattern.compile("([1-9])\\s*年");
    private static final List<String> BOXED_ATTRIBUTES = List.of("新增项目", "延续项目", "持续项目", "新增", "延续", "持续");

    /** The period read, either end null when it could not be read. */
    record Period(@Nullable LocalDate start, @Nullable LocalDate end) {
    }

    private NationalFields() {
    }

    static @Nullable String unit(FormSections sections) {
        String implementing = sections.text(FormField.IMPLEMENTING_UNIT);
        if (implementing != null && !implementing.isBlank()) {
            return implementing.strip();
        }
        String department = sections.text(FormField.MANAGING_DEPARTMENT);
        if (department == null) {
            return null;
        }
        String name = LEADING_CODE.matcher(department.strip()).replaceFirst("");
        name = TRAILING_CODE.matcher(name).replaceFirst("").strip();
        return name.isEmpty() ? null : name;
    }

    /** 项目属性 as written (延续项目), or the ticked box where the form prints boxes. */
    static @Nullable String projectType(FormSections sections) {
        Optional<FieldValue> field = sections.field(FormField.PROJECT_ATTRIBUTE);
        if (field.isEmpty() || field.get().text() == null) {
            return null;
        }
        List<String> cells = field.get().fragments().stream().flatMap(f -> f.cells().stream()).toList();
        List<String> ticked = new CheckboxReader(BOXED_ATTRIBUTES).read(cells).ticked();
        return ticked.isEmpty() ? field.get().text().strip() : ticked.getFirst();
    }

    /**
     * The period from 项目期 or 起止时间: two dates (2026-01-01至2026-12-31), one year (2026年: the whole year), or a
     * length (1年, 3年) counted from {@code year}, the year under the title. Missing or unreadable: a warning.
     */
    static Period period(FormSections sections, @Nullable Integer year, FormIssues issues, int titleLine) {
        Optional<FieldValue> field = sections.field(FormField.PROJECT_PERIOD);
        String label = FormField.PROJECT_PERIOD.printedLabel();
        String written = field.map(FieldValue::text).orElse(null);
        int line = field.map(FieldValue::valueLine).orElse(titleLine);
        if (written == null) {
            issues.warning("date.missing", line, label);
            return new Period(null, null);
        }
        String key = HalfWidth.key(written);
        List<String> dates = new ArrayList<>();
        Matcher date = DATE.matcher(key);
        while (date.find()) {
            dates.add(date.group());
        }
        Matcher years = YEARS.matcher(key);
        if (dates.isEmpty() && years.matches() && year != null) {
            int length = Integer.parseInt(years.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + length - 1, 12, 31));
        }
        if (dates.isEmpty() || dates.size() > 2) {
            issues.warning("date.invalid", line, label, written);
            return new Period(null, null);
        }
        Optional<LocalDate> start = DateText.parse(dates.getFirst(), DateText.End.START);
        Optional<LocalDate> end = DateText.parse(dates.getLast(), DateText.End.END);
        if (start.isEmpty() || end.isEmpty()) {
            issues.warning("date.invalid", line, label, written);
        }
        return new Period(start.orElse(null), end.orElse(null));
    }

    /** The budget: 资金总额 is the year's budget, and the total unless a 中期资金总额 is given. */
    static BudgetFigures budget(FormSections sections, FormIssues issues, int titleLine) {
        boolean inTenThousands = inTenThousands(sections);
        BigDecimal annual = amount(sections, FormField.ANNUAL_FUNDS, inTenThousands, issues);
        BigDecimal medium = amount(sections, FormField.MEDIUM_TERM_FUNDS, inTenThousands, issues);
        if (annual == null && sections.field(FormField.ANNUAL_FUNDS).isEmpty()) {
            issues.warning("amount.missing", titleLine, FormField.ANNUAL_FUNDS.printedLabel());
        }
        return new BudgetFigures(medium != null ? medium : annual, annual, null, null);
    }

    /** 财政拨款 and 其他资金, each where an amount is written. */
    static List<BudgetItemData> items(FormSections sections, FormIssues issues) {
        boolean inTenThousands = inTenThousands(sections);
        List<BudgetItemData> items = new ArrayList<>();
        for (FormField field : List.of(FormField.FISCAL_FUNDS, FormField.OTHER_FUNDS)) {
            BigDecimal amount = amount(sections, field, inTenThousands, issues);
            if (amount != null) {
                String name = field == FormField.FISCAL_FUNDS ? "财政拨款" : field.printedLabel();
                items.add(new BudgetItemData(name, amount, sections.field(field).orElseThrow().valueLine()));
            }
        }
        return items;
    }

    static int budgetLine(FormSections sections, int titleLine) {
        return sections.field(FormField.ANNUAL_FUNDS).or(() -> sections.field(FormField.FUNDS))
                .map(FieldValue::valueLine).orElse(titleLine);
    }

    /** The template prints （万元）; only a label saying 元 alone makes the amounts yuan. */
    private static boolean inTenThousands(FormSections sections) {
        boolean yuan = false;
        for (FormField field : List.of(FormField.FUNDS, FormField.MEDIUM_TERM_FUNDS, FormField.ANNUAL_FUNDS,
                FormField.FISCAL_FUNDS, FormField.OTHER_FUNDS)) {
            Optional<FieldValue> value = sections.field(field);
            if (value.isPresent() && value.get().notesMention("万元")) {
                return true;
            }
            yuan |= value.isPresent() && value.get().notesMention("元");
        }
        return !yuan;
    }

    /**
     * The amount of a field: its last cell that is a number, since the year's column stands right of the
     * medium-term one where both are printed; null when nothing is written, an error when it is no number.
     */
    private static @Nullable BigDecimal amount(FormSections sections, FormField field, boolean inTenThousands,
                                               FormIssues issues) {
        Optional<FieldValue> value = sections.field(field);
        if (value.isEmpty() || value.get().text() == null) {
            return null;
        }
        List<String> cells = value.get().fragments().stream().flatMap(f -> f.nonEmptyCells().stream()).toList();
        Optional<String> number = cells.reversed().stream().filter(AmountText::looksLikeAmount).findFirst();
        if (number.isEmpty()) {
            issues.error("amount.invalid", value.get().valueLine(), field.printedLabel(), value.get().text());
            return null;
        }
        return AmountText.parse(number.get(), inTenThousands).orElseThrow();
    }
}
