package org.perfgoals.monitoring.template;

import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one template: locked (grey) for what the user does not fill — headings, ids, names, targets,
 * inputs a row's kind does not take — and unlocked (white) for the inputs, with the number formats of values,
 * amounts and dates; text inputs are formatted as text, so Excel keeps what is typed as typed.
 */
final class TemplateStyles {

    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry(TemplateColumns.INDICATOR_ID, 9),
            Map.entry(TemplateColumns.PROJECT, 26), Map.entry(TemplateColumns.LEVEL1, 14),
            Map.entry(TemplateColumns.LEVEL2, 14), Map.entry(TemplateColumns.LEVEL3, 22),
            Map.entry(TemplateColumns.TARGET, 30), Map.entry(TemplateColumns.EARLIER, 24),
            Map.entry(TemplateColumns.ASSESSMENT, 28), Map.entry(TemplateColumns.CAUSE, 14),
            Map.entry(TemplateColumns.CAUSE_TEXT, 26), Map.entry(TemplateColumns.MEASURES, 32),
            Map.entry(TemplateColumns.SUGGESTED, 34),
            Map.entry(TemplateColumns.ITEM_ID, 10), Map.entry(TemplateColumns.ITEM_NAME, 26),
            Map.entry(TemplateColumns.OVER_BUDGET_REASON, 32));

    final XSSFCellStyle heading;
    final XSSFCellStyle fixed;
    final XSSFCellStyle fixedId;
    final XSSFCellStyle fixedAmount;
    final XSSFCellStyle unavailable;
    final XSSFCellStyle inputText;
    final XSSFCellStyle inputNumber;
    final XSSFCellStyle inputAmount;
    final XSSFCellStyle inputDate;
    private final XSSFWorkbook workbook;

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        heading = style(true, 0xD9E1F2, null);
        heading.setFont(bold);
        heading.setAlignment(HorizontalAlignment.CENTER);
        fixed = style(true, 0xF2F2F2, null);
        fixedId = style(true, 0xF2F2F2, "0");
        fixedAmount = style(true, 0xF2F2F2, "#,##0.00");
        unavailable = style(true, 0xBFBFBF, null);
        inputText = style(false, 0xFFFFFF, "@");
        inputNumber = style(false, 0xFFFFFF, "0.00");
        inputAmount = style(false, 0xFFFFFF, "#,##0.00");
        inputDate = style(false, 0xFFFFFF, "yyyy-mm-dd");
    }

    /** A column's width in characters (a Chinese character takes about two). */
    static int width(String heading) {
        return WIDTHS.getOrDefault(heading, 14);
    }

    /**
     * A row's height in points for its wrapped texts: Excel does not grow a row written by POI, so the lines are
     * estimated from each text's width against its column's (a Chinese character takes two).
     */
    static float height(Map<String, String> texts) {
        int lines = 1;
        for (var text : texts.entrySet()) {
            int width = 0;
            for (char c : (text.getValue() == null ? "" : text.getValue()).toCharArray()) {
                width += c >= 0x1100 ? 2 : 1;
            }
            lines = Math.max(lines, (width + width(text.getKey()) - 1) / Math.max(1, width(text.getKey())));
        }
        return Math.min(409f, lines * 15f + 3f);
    }

    private XSSFCellStyle style(boolean locked, int rgb, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setLocked(locked);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb},
                null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
