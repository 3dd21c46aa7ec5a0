package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** A leader lands on the overview, then opens a project's dashboard; both at desktop and phone widths. */
class DashboardJourneyBT extends BrowserTest {

    @Autowired
    private ProjectRepository projects;

    private void waitForCharts(String selector, int atLeast) {
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(selector), atLeast - 1));
    }

    private void assertChartsDrawn(String chartSelector) {
        List<WebElement> charts = driver.findElements(By.cssSelector(chartSelector));
        assertThat(charts).isNotEmpty();
        assertThat(charts).allSatisfy(chart -> assertThat(chart.findElements(By.cssSelector("svg"))).isNotEmpty());
    }

    @Test
    void a_leader_lands_on_the_overview_with_its_charts_drawn() throws Exception {
        login("leader");
        wait.until(ExpectedConditions.urlContains("/overview"));
        waitForCharts("apex-chart.chart-heatmap svg rect.apexcharts-heatmap-rect", 5);
        waitForCharts("apex-chart.chart-verdicts svg path.apexcharts-pie-area", 2);
        waitForCharts("apex-chart.chart-by-unit svg path.apexcharts-bar-area", 5);
        assertChartsDrawn("apex-chart.overview-chart");
        assertThat(driver.findElement(By.cssSelector("[data-tile='projects'] .tile-value")).getText()).isEqualTo("5");
        screenshot("overview-desktop");

        driver.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('resize'))");
        Thread.sleep(800);
        screenshot("overview-phone");
        Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(2L);
    }

    @Test
    void a_project_dashboard_draws_budget_execution_and_indicator_charts() throws Exception {
        long hotline = projects.findAll().stream().filter(p -> p.getName().startsWith("12333")).findFirst()
                .orElseThrow().getId();
        login("leader");
        driver.get(url("/dashboard/" + hotline + "/2019/3"));
        waitForCharts("apex-chart.chart-composition svg path.apexcharts-pie-area", 6);
        waitForCharts("apex-chart.chart-execution svg path.apexcharts-bar-area", 3);
        waitForCharts("apex-chart.chart-indicator svg path.apexcharts-line", 5);
        assertChartsDrawn("apex-chart.dashboard-chart");
        assertThat(driver.findElements(By.cssSelector("apex-chart.chart-indicator .apexcharts-yaxis-annotations line,"
                + " apex-chart.chart-indicator .apexcharts-yaxis-annotations rect"))).isNotEmpty();
        screenshot("project-dashboard-desktop");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector(".indicator-charts")));
        screenshot("project-dashboard-indicators");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector(".self-evaluation")));
        screenshot("project-dashboard-table");

        driver.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); window.dispatchEvent(new Event('resize'))");
        Thread.sleep(800);
        screenshot("project-dashboard-phone");
    }
}
