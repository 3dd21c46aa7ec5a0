package org.perfgoals.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.SeedProjects;
import org.perfgoals.SpringTest;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/** The monitoring form written for Q2 2019 of the demo's 12333 hotline project and read back with POI. */
class MonitoringWorkbookTest extends SpringTest {

    private static final String HOTLINE = SeedProjects.HOTLINE;
    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private ProjectService projects;

    private PeriodSheet q2;

    @BeforeEach
    void readSheet() {
        q2 = SystemAuthentication.call(() -> {
            long id = SeedProjects.hotline(projects);
            return monitoring.sheet(id, Period.quarter(2019, 2));
        });
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Row line = sheet.getRow(row);
        return line == null || line.getCell(column) == null ? "" : FORMAT.formatCellValue(line.getCell(column));
    }

    private static int rowWith(XSSFSheet sheet, int column, String value) {
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).filter(row -> text(sheet, row, column).equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + value + " in column " + column));
    }

    @Test
    void the_form_has_its_title_header_and_one_row_per_indicator() throws IOException {
        try (XSSFWorkbook workbook = read(new MonitoringWorkbook().bytes(q2, Locale.SIMPLIFIED_CHINESE))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("绩效监控表");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet, 0, 0)).isEqualTo("项目支出绩效目标执行监控表（2019年第2季度）");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();

            int name = rowWith(sheet, 0, "项目名称");
            assertThat(text(sheet, name, 1)).isEqualTo(HOTLINE);
            assertThat(text(sheet, name, 5)).isEqualTo("主管部门/实施单位");
            assertThat(text(sheet, name, 6)).isEqualTo(q2.project().unit()).isNotBlank();
            int period = rowWith(sheet, 0, "监控期间");
            assertThat(text(sheet, period, 1)).isEqualTo("2019年第2季度（2019-01-01 至 2019-06-30）");
            XSSFCell progress = sheet.getRow(period).getCell(6);
            assertThat(progress.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(progress.getNumericCellValue()).isEqualTo(0.5);
            assertThat(FORMAT.formatCellValue(progress)).isEqualTo("50.00%");

            int header = rowWith(sheet, 0, "一级指标");
            assertThat(IntStream.range(0, 10).mapToObj(column -> text(sheet, header, column)).toList())
                    .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "执行情况", "全年预计完成情况", "状态",
                            "偏差原因", "完成目标可能性", "纠偏措施");
            assertThat(sheet.getRow(header).getCell(3).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getLastRowNum() - header).isEqualTo(q2.rows().size());
            assertThat(sheet.getColumnWidth(9)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void the_missed_connection_rate_shows_its_value_status_cause_likelihood_and_measures() throws IOException {
        try (XSSFWorkbook workbook = read(new MonitoringWorkbook().bytes(q2, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int row = rowWith(sheet, 2, "综合接通率");
            XSSFCell value = sheet.getRow(row).getCell(4);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(76.5);
            assertThat(FORMAT.formatCellValue(value)).isEqualTo("76.5 %");
            assertThat(text(sheet, row, 3)).as("the declared target").isEqualTo("≥80.00%");
            assertThat(text(sheet, rowWith(sheet, 2, "质量控制合格率"), 3))
                    .as("a declaration with source markup is said in words").isEqualTo("≥ 98 %，越高越好");
            XSSFCell status = sheet.getRow(row).getCell(6);
            assertThat(FORMAT.formatCellValue(status)).isEqualTo("未达标");
            assertThat(status.getCellStyle().getFillForegroundColorColor().getRGB())
                    .containsExactly(0xFF, 0xC7, 0xCE);
            assertThat(text(sheet, row, 7)).isEqualTo("人员保障：春节后话务量激增，咨询员流失");
            assertThat(text(sheet, row, 8)).isEqualTo("有可能");
            assertThat(text(sheet, row, 9)).isEqualTo("增补咨询员 20 名，高峰时段启用智能应答分流");
            assertThat(sheet.getRow(row).getCell(9).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(row).getCell(9).getCellStyle().getBorderBottom())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        }
    }

    @Test
    void repeated_first_and_second_level_indicators_are_merged() throws IOException {
        try (XSSFWorkbook workbook = read(new MonitoringWorkbook().bytes(q2, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            long outputs = q2.rows().stream().filter(row -> "产出目标".equals(row.indicator().level1())).count();
            assertThat(outputs).isGreaterThan(1);
            CellRangeAddress merged = sheet.getMergedRegions().stream()
                    .filter(region -> region.getFirstColumn() == 0 && region.getLastColumn() == 0)
                    .filter(region -> text(sheet, region.getFirstRow(), 0).equals("产出目标"))
                    .findFirst().orElseThrow();
            assertThat(merged.getLastRow() - merged.getFirstRow() + 1).isEqualTo((int) outputs);
            assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                assertThat(region.getFirstColumn()).isEqualTo(1);
                assertThat(region.getLastColumn()).isEqualTo(1);
                assertThat(region.getLastRow()).isGreaterThan(region.getFirstRow());
            });
        }
    }

    @Test
    void budget_amounts_and_rates_are_numbers_with_formats() throws IOException {
        try (XSSFWorkbook workbook = read(new MonitoringWorkbook().bytes(q2, Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int labels = rowWith(sheet, 0, "年度预算数");
            assertThat(text(sheet, labels, 2)).isEqualTo("截至本期执行数");
            assertThat(text(sheet, labels, 4)).isEqualTo("执行率");
            assertThat(text(sheet, labels, 6)).isEqualTo("全年预计执行数");
            Row values = sheet.getRow(labels + 1);
            Cell budget = values.getCell(0);
            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(budget.getNumericCellValue()))
                    .isEqualByComparingTo(q2.project().currentYearBudget());
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(values.getCell(2).getNumericCellValue()).isEqualTo(q2.spentSoFar().doubleValue());
            Cell rate = values.getCell(4);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(rate.getNumericCellValue()).isCloseTo(q2.executionRate().doubleValue() / 100,
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(FORMAT.formatCellValue(rate)).isEqualTo(q2.executionRate().toPlainString() + "%");
            BigDecimal suggestedRate = q2.rows().stream().filter(row -> row.derived()).findFirst().orElseThrow()
                    .forecast().value();
            assertThat(BigDecimal.valueOf(values.getCell(6).getNumericCellValue()))
                    .as("expected full year: nothing kept, so the budget at the suggested rate")
                    .isEqualByComparingTo(q2.project().currentYearBudget().multiply(suggestedRate).movePointLeft(2)
                            .setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(suggestedRate).as("a rate other than 100 %, so the budget alone would fail")
                    .isNotEqualByComparingTo("100");

            int items = rowWith(sheet, 0, "子项目");
            assertThat(text(sheet, items, 5)).isEqualTo("执行率");
            assertThat(q2.budget()).isNotEmpty();
            for (int i = 0; i < q2.budget().size(); i++) {
                Row item = sheet.getRow(items + 1 + i);
                assertThat(text(sheet, items + 1 + i, 0)).isEqualTo(q2.budget().get(i).item().name());
                assertThat(item.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(item.getCell(4).getNumericCellValue())
                        .isEqualTo(q2.budget().get(i).spentSoFar().doubleValue());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"'96.5 %', 0.965", "'80', 0.8"})
    void the_expected_full_year_execution_is_the_rate_kept_on_the_execution_row(String kept, BigDecimal share)
            throws IOException {
        try (XSSFWorkbook workbook = read(new MonitoringWorkbook().bytes(keeping(kept), Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell expected = sheet.getRow(rowWith(sheet, 0, "年度预算数") + 1).getCell(6);
            assertThat(BigDecimal.valueOf(expected.getNumericCellValue()))
                    .isEqualByComparingTo(q2.project().currentYearBudget().multiply(share));
        }
    }

    @Test
    void words_kept_for_the_execution_stay_words() throws IOException {
        try (XSSFWorkbook workbook = read(new MonitoringWorkbook().bytes(keeping("=全部执行"),
                Locale.SIMPLIFIED_CHINESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell expected = sheet.getRow(rowWith(sheet, 0, "年度预算数") + 1).getCell(6);
            assertThat(expected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(expected.getStringCellValue()).isEqualTo("=全部执行");
        }
    }

    /** Q2's sheet with {@code kept} typed into the 预算执行率 row's 全年预计. */
    private PeriodSheet keeping(String kept) {
        List<SheetRow> rows = q2.rows().stream().map(row -> !row.derived() ? row : new SheetRow(row.indicator(),
                new ActualRecord(q2.period(), null, java.util.Map.of(), null, null, null, null, null, null, null,
                        kept, Status.NO_DATA, null, "staff"), row.earlier(), row.evaluation(), row.derivedValue(),
                true, row.baseline(), row.forecast())).toList();
        return new PeriodSheet(q2.project(), q2.period(), q2.report(), rows, q2.budget(), q2.spentSoFar(),
                q2.executionRate(), q2.budgetEvaluation(), q2.projectStatus(), q2.needsExecutionReason());
    }

    @Test
    void english_labels_come_from_the_english_bundle() throws IOException {
        MonitoringWorkbook english = new MonitoringWorkbook();
        try (XSSFWorkbook workbook = read(english.bytes(q2, Locale.ENGLISH))) {
            XSSFSheet sheet = workbook.getSheet("Monitoring");
            assertThat(text(sheet, 0, 0)).isEqualTo("Performance target monitoring form for project expenditure "
                    + "(Q2 2019)");
            int header = rowWith(sheet, 0, "Level 1 indicator");
            assertThat(text(sheet, header, 9)).isEqualTo("Corrective measures");
            int row = rowWith(sheet, 2, "综合接通率");
            assertThat(text(sheet, row, 6)).isEqualTo("Missed");
            assertThat(text(sheet, row, 7)).isEqualTo("Staffing: 春节后话务量激增，咨询员流失");
            assertThat(text(sheet, row, 8)).isEqualTo("Possible");
        }
        assertThat(english.fileName(q2, Locale.ENGLISH)).isEqualTo(HOTLINE + "_Q2 2019 monitoring form.xlsx");
        assertThat(english.fileName(q2, Locale.CHINA)).isEqualTo(HOTLINE + "_2019年第2季度绩效监控表.xlsx");
    }

    @Test
    void the_download_handler_reads_the_sheet_when_clicked_and_streams_the_workbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DownloadEvent event = mock(DownloadEvent.class);
        VaadinResponse response = mock(VaadinResponse.class);
        when(event.getOutputStream()).thenReturn(bytes);
        when(event.getResponse()).thenReturn(response);
        DownloadHandler handler = MonitoringDownload.of(monitoring, q2.project().id(), q2.period(),
                Locale.SIMPLIFIED_CHINESE);
        SystemAuthentication.run(() -> {
            try {
                handler.handleDownloadRequest(event);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        verify(event).setFileName(HOTLINE + "_2019年第2季度绩效监控表.xlsx");
        verify(event).setContentType(MonitoringWorkbook.CONTENT_TYPE);
        try (XSSFWorkbook workbook = read(bytes.toByteArray())) {
            XSSFSheet sheet = workbook.getSheet("绩效监控表");
            assertThat(sheet.getRow(rowWith(sheet, 2, "综合接通率")).getCell(4).getNumericCellValue())
                    .isEqualTo(76.5);
        }

        DownloadEvent missing = mock(DownloadEvent.class);
        VaadinResponse notFound = mock(VaadinResponse.class);
        when(missing.getResponse()).thenReturn(notFound);
        SystemAuthentication.run(() -> {
            try {
                MonitoringDownload.of(monitoring, 999_999, q2.period(), Locale.CHINA).handleDownloadRequest(missing);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        verify(notFound).setStatus(404);
    }

    @Test
    void units_become_number_format_literals_that_poi_and_excel_both_read() {
        assertThat(MonitoringWorkbook.literal("")).isEmpty();
        assertThat(MonitoringWorkbook.literal("人")).isEqualTo("\" 人\"");
        assertThat(MonitoringWorkbook.literal("%")).isEqualTo("\\ \\%");
        DataFormatter format = new DataFormatter(Locale.ROOT);
        assertThat(format.formatRawCellContents(400000, 200, "#,##0" + MonitoringWorkbook.literal("人")))
                .isEqualTo("400,000 人");
        assertThat(format.formatRawCellContents(98.25, 201, "#,##0.00" + MonitoringWorkbook.literal("%")))
                .isEqualTo("98.25 %");
    }
}
