package org.perfgoals.export;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgoals.chart.StatusColors;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.wording.MonitoringWording;

/** The cell styles of one workbook of {@link MonitoringWorkbook}: made once per workbook and shared by the cells. */
final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    final XSSFCellStyle title;
    final XSSFCellStyle section;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle centered;
    final XSSFCellStyle yuan;
    final XSSFCellStyle percent;
    private final Map<Status, XSSFCellStyle> statusStyles = new EnumMap<>(Status.class);
    private final Map<String, XSSFCellStyle> valueStyles = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        text = bordered();
        text.setWrapText(true);
        centered = bordered();
        centered.setWrapText(true);
        centered.setAlignment(HorizontalAlignment.CENTER);
        label = bordered();
        label.setFont(bold);
        label.setWrapText(true);
        label.setAlignment(HorizontalAlignment.CENTER);
        label.setFillForegroundColor(rgb(0xF2, 0xF2, 0xF2));
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        section = bordered();
        section.cloneStyleFrom(label);
        section.setAlignment(HorizontalAlignment.LEFT);
        section.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
        yuan = bordered();
        yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        percent = bordered();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        for (Status status : List.of(Status.RED, Status.YELLOW, Status.GREEN, Status.BLUE)) {
            StatusColors.Palette palette = MonitoringWording.colours(status);
            statusStyles.put(status, fill(hex(palette.tint()), hex(palette.text())));
        }
    }

    /** A status in its colours; NO_DATA and NEEDS_ASSESSMENT centred without a fill. */
    XSSFCellStyle status(Status status) {
        return statusStyles.getOrDefault(status, centered);
    }

    /** A bordered style with the number format {@code format}, made once per format. */
    XSSFCellStyle number(String format) {
        return valueStyles.computeIfAbsent(format, key -> {
            XSSFCellStyle made = bordered();
            made.setDataFormat(workbook.createDataFormat().getFormat(key));
            return made;
        });
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private XSSFCellStyle fill(XSSFColor background, XSSFColor foreground) {
        XSSFCellStyle style = bordered();
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setWrapText(true);
        style.setFillForegroundColor(background);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(foreground);
        style.setFont(font);
        return style;
    }

    /** A {@code #rrggbb} colour of {@link StatusColors}. */
    private static XSSFColor hex(String color) {
        int value = Integer.parseInt(color.substring(1), 16);
        return rgb(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null);
    }
}
