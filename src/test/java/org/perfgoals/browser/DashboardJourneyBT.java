package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.SeedProjects;
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
        WebElement grid = driver.findElement(By.tagName("vaadin-grid"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", grid);
        waitForCharts("vaadin-grid .status-light[data-status] .status-dot", 5);
        assertThat(driver.findElements(By.cssSelector("vaadin-grid .status-light[data-status]")))
                .extracting(light -> light.getAttribute("data-status"))
                .as("the demo data: the hotline and one more RED, two YELLOW, one GREEN")
                .containsExactlyInAnyOrder("RED", "RED", "YELLOW", "YELLOW", "GREEN");
        screenshot("overview-grid");

        driver.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('resize'))");
        Thread.sleep(800);
        screenshot("overview-phone");
        assertNoSidewaysScrolling();
        WebElement byUnit = driver.findElement(By.cssSelector("apex-chart.chart-by-unit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", byUnit);
        Thread.sleep(300);
        screenshot("overview-phone-by-unit");
        // The amounts along the value axis, left to right: each must end before the next begins.
        @SuppressWarnings("unchecked")
        List<List<Number>> ticks = (List<List<Number>>) ((JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].querySelectorAll('.apexcharts-xaxis-texts-g text')]"
                        + ".filter(t => t.textContent.trim()).map(t => t.getBoundingClientRect())"
                        + ".map(r => [r.left, r.right]).sort((a, b) => a[0] - b[0])", byUnit);
        assertThat(ticks).as("the value axis has labels").hasSizeGreaterThan(1);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).get(0).doubleValue()).as("label %d starts after label %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(ticks.get(i - 1).get(1).doubleValue());
        }
    }

    @Test
    void a_project_dashboard_draws_budget_execution_and_indicator_charts() throws Exception {
        openHotlineDashboard("leader");
        waitForCharts("apex-chart.chart-composition svg path.apexcharts-pie-area", 6);
        waitForCharts("apex-chart.chart-execution svg path.apexcharts-bar-area", 3);
        waitForCharts("apex-chart.chart-indicator svg path.apexcharts-line", 5);
        assertChartsDrawn("apex-chart.dashboard-chart");
        assertThat(driver.findElements(By.cssSelector("apex-chart.chart-indicator .apexcharts-yaxis-annotations line,"
                + " apex-chart.chart-indicator .apexcharts-yaxis-annotations rect"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(
                "apex-chart.chart-indicator path.apexcharts-line[stroke-dasharray='6']")))
                .as("the forecasts to year end, dashed").isNotEmpty();
        screenshot("project-dashboard-desktop");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector("apex-chart.chart-execution")));
        screenshot("project-dashboard-execution");
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
        assertNoSidewaysScrolling();
    }

    @Test
    void a_manager_gives_the_project_weights_of_their_own() throws Exception {
        openHotlineDashboard("manager");
        WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".self-evaluation")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", panel);
        choose(panel.findElement(By.cssSelector("vaadin-select")), "自定义");
        List<WebElement> inputs = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".custom-weights vaadin-text-field input"), 4));
        String[] points = {"40", "30", "20", "15"};
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).sendKeys(Keys.chord(Keys.CONTROL, "a"), points[i], Keys.TAB);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".custom-weights-total"), "105"));
        driver.findElement(By.cssSelector(".custom-weights vaadin-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".custom-weights-error"),
                "现为 105"));
        screenshot("custom-weights-refused");

        inputs.get(3).sendKeys(Keys.chord(Keys.CONTROL, "a"), "10", Keys.TAB);
        driver.findElement(By.cssSelector(".custom-weights vaadin-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".self-evaluation"),
                "权重方案：自定义"));
        WebElement saved = driver.findElement(By.cssSelector(".self-evaluation"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", saved);
        assertThat(saved.getAttribute("textContent")).contains(" 40，").contains(" 10");
        screenshot("custom-weights-saved");

        // Back to the default, through the same select.
        choose(saved.findElement(By.cssSelector("vaadin-select")), "各级指标等权");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".self-evaluation"),
                "权重方案：各级指标等权"));
    }

    /** Logs in and opens the Q3 dashboard of the seed's 12333 hotline project. */
    private void openHotlineDashboard(String user) {
        long hotline = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.HOTLINE)).findFirst()
                .orElseThrow().getId();
        login(user);
        driver.get(url("/dashboard/" + hotline + "/2019/3"));
    }

    private void choose(WebElement select, String label) {
        select.click();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space(.)='" + label + "']")));
        item.click();
    }
}
