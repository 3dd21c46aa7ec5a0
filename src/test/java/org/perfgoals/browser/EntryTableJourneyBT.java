package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.project.ProjectRepository;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff enter a quarter in the entry view's table mode: values typed down a column with Enter and the arrow key, a
 * column pasted from a spreadsheet (a real paste event with the clipboard's text), one save.
 */
class EntryTableJourneyBT extends BrowserTest {

    private static final String ROW = "//tbody[contains(@class,'entry-table-row')]"
            + "[.//td[contains(@class,'entry-name') and text()='%s']]";

    @Autowired
    private ProjectRepository projects;
    @Autowired
    private QuarterEntryService monitoring;

    private WebElement row(String name) {
        return driver.findElement(By.xpath(ROW.formatted(name)));
    }

    private WebElement input(String name, int column) {
        return row(name).findElement(By.cssSelector("td[data-col='" + column + "'] input"));
    }

    private String value(String name, int column) {
        return input(name, column).getDomProperty("value");
    }

    private String status(String name) {
        return row(name).findElement(By.cssSelector(".status-chip")).getDomAttribute("data-status");
    }

    /** The name of the row the focused input is in. */
    private String focusedRow() {
        return (String) js().executeScript("const body = document.activeElement.closest('tbody');"
                + "return body ? body.querySelector('td.entry-name').textContent : null;");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** What a spreadsheet's copy puts on the clipboard, pasted into the input as the browser would. */
    private void paste(WebElement input, String text) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
                + "const data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
                + " cancelable: true, composed: true}));", input, text);
    }

    @Test
    void staff_type_down_a_column_paste_a_column_and_save_the_table() throws Exception {
        login("staff");
        long hotline = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.HOTLINE))
                .findFirst().orElseThrow().getId();
        // Q4 of the demo year has no values yet.
        driver.get(url("/monitoring/" + hotline + "/2019/4?mode=table"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(ROW.formatted("综合接通率"))));
        assertThat(driver.findElement(By.cssSelector("vaadin-tab[selected]")).getText()).isEqualTo("表格");

        WebElement first = input("综合接通率", 0);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        first.click();
        first.sendKeys("85", Keys.ENTER);
        wait.until(driver -> "招聘人员完成率".equals(focusedRow()));
        driver.switchTo().activeElement().sendKeys("100", Keys.ARROW_DOWN);
        wait.until(driver -> "服务人员培训率".equals(focusedRow()));
        driver.switchTo().activeElement().sendKeys("100", Keys.ENTER);
        wait.until(driver -> "质量控制合格率".equals(focusedRow()));
        // Tab goes to the next input, here the next row's (this row has one).
        driver.switchTo().activeElement().sendKeys("99", Keys.TAB);
        wait.until(driver -> "服务人员流失率".equals(focusedRow()));
        driver.switchTo().activeElement().sendKeys("15", Keys.ENTER);
        wait.until(driver -> "一级故障".equals(focusedRow()));
        wait.until(driver -> "GREEN".equals(status("综合接通率")));
        assertThat(value("招聘人员完成率", 0)).isEqualTo("100");
        assertThat(value("服务人员流失率", 0)).isEqualTo("15");

        // A column of three copied from Excel, into the focused cell: it and the two rows below are filled.
        paste(input("成本控制情况", 0), "4.5\r\n98.5%\r\n0.005\r\n");
        wait.until(driver -> "0.005".equals(value("投诉率", 0)));
        assertThat(value("成本控制情况", 0)).isEqualTo("4.5");
        assertThat(value("综合满意度", 0)).isEqualTo("98.5%");
        wait.until(driver -> "GREEN".equals(status("投诉率")));
        // Two columns fill the parts of the compound targets to the right.
        paste(input("二级故障", 0), "20\t100\r\n25\t200\r\n");
        wait.until(driver -> "200".equals(value("三级故障", 1)));
        assertThat(value("二级故障", 0)).isEqualTo("20");
        assertThat(value("二级故障", 1)).isEqualTo("100");
        assertThat(value("三级故障", 0)).isEqualTo("25");
        wait.until(driver -> "GREEN".equals(status("三级故障")));
        js().executeScript("document.querySelector('.entry-layout').scrollIntoView()");
        screenshot("entry-table-typed");

        WebElement save = driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.getText().equals("保存草稿")).findFirst().orElseThrow();
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card")).getText()).contains("已保存");
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", row("成本控制情况"));
        screenshot("entry-table-saved");

        PeriodSheet sheet = SystemAuthentication.call(() -> monitoring.sheet(hotline, Period.quarter(2019, 4)));
        assertThat(sheet.rows().stream().filter(row -> row.current() != null)
                .map(row -> row.indicator().name()).toList()).containsExactly("综合接通率", "招聘人员完成率",
                "服务人员培训率", "质量控制合格率", "服务人员流失率", "二级故障", "三级故障", "成本控制情况", "综合满意度",
                "投诉率");
        assertThat(sheet.rows().stream().filter(row -> row.current() != null)
                .map(row -> row.evaluation().status().name()).distinct().toList()).containsExactly("GREEN");
        SheetRow connection = sheet.rows().stream().filter(row -> row.indicator().name().equals("综合接通率"))
                .findFirst().orElseThrow();
        assertThat(connection.current().numericValue()).isEqualByComparingTo("85");
        assertThat(status("成本控制情况")).as("stored and judged after reload: 4.5 < 4.97").isEqualTo("GREEN");
        assertThat(value("三级故障", 1)).isEqualTo("200");
    }
}
