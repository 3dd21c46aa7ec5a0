package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A form whose project, unit, sub-item and indicator names are markup: every chart shows them as text, with
 * {@code window.alert} hooked and every legend entry, slice, bar, point and heatmap cell hovered; and the
 * Content-Security-Policy stops an inline handler that did reach the page. A context (and database) of its own, so
 * the hostile 2031 project does not change what the other journeys count.
 */
@TestPropertySource(properties = "perfgoals.test.context=hostile-texts")
class HostileTextsJourneyBT extends BrowserTest {

    static final String PROJECT = "<img src=x onerror=\"window.__xss=1\"><b>b</b>项目";
    static final String UNIT = "<b>b</b>测试中心<img src=x onerror=\"window.__xss=2\">";
    static final String ITEM_1 = "<img src=x onerror=\"window.__xss=3\">甲";
    static final String ITEM_2 = "<b>b</b>乙&amp;";
    static final String INDICATOR = "<b>b</b>培训人次<img src=x onerror=\"window.__xss=4\">";
    static final List<String> HOSTILE = List.of(PROJECT, UNIT, ITEM_1, ITEM_2, INDICATOR);

    private static final String TICKED = "<input checked=\"\" type=\"checkbox\"/>";
    private static final String UNTICKED = "<input type=\"checkbox\"/>";

    /** Flags anything that ran, and counts markup elements ApexCharts made from our texts. */
    private static final String HOOK = "window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));";
    private static final String RAN = "return JSON.stringify({alerts: window.__alerts || null,"
            + " xss: window.__xss || null,"
            + " markup: document.querySelectorAll('apex-chart img, apex-chart b, apex-chart [onerror]').length});";

    @Autowired
    private ProjectRepository projects;

    private long projectId;

    static String form() {
        return String.join("\n", "", "上海市财政支出项目绩效目标申报表", "", "(2031年)", "", "申报单位名称：" + UNIT, "",
                "项目名称\t" + PROJECT + "\t\t",
                "项目类型\t" + UNTICKED + " 结转项目 " + TICKED + " 经常性专项业务费\t\t",
                "资金用途\t" + TICKED + " 政府购买服务 " + UNTICKED + " 其他事业专业类\t\t",
                "开始时间\t2031-1-1\t结束时间\t2031-12-31",
                "项目概况\t概况\t\n立项依据\t依据\t\n项目设立的必要性\t必要\t\n保证项目实施的制度、措施\t制度\t",
                "项目总预算（元）\t300\t项目当年预算（元）\t300\n同名项目上年预算额（元）\t100\t同名项目上年预算执行数（元）\t90",
                "\t子项目名称\t预算金额（元）\t\n项目当年投入资金构成\t" + ITEM_1 + "\t100\t\n\t" + ITEM_2 + "\t200\t",
                "项目实施计划\t计划\t", "项目总目标\t总目标\t\n年度绩效目标\t年度目标\t",
                "分解目标\t\t\t\n一级指标\t二级指标\t三级指标\t指标目标值\n"
                        + "投入和管理目标\t资金投入管理\t预算执行率\t≥98%\n产出目标\t数量目标\t" + INDICATOR + "\t≥100人次",
                "备注\t\t\t", "");
    }

    @BeforeEach
    void importHostileForm() throws Exception {
        projectId = projects.findAll().stream().filter(p -> p.getYear() == 2031).map(Project::getId).findFirst()
                .orElseGet(this::importForm);
    }

    private long importForm() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/imports")))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(form(), StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Project stored = projects.findAll().stream().filter(p -> p.getYear() == 2031).findFirst().orElseThrow();
        assertThat(stored.getName()).as("stored as sent").isEqualTo(PROJECT);
        return stored.getId();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void open(String path, String chartsDrawn) {
        driver.get(url(path));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(chartsDrawn), 0));
        js().executeScript(HOOK);
    }

    /** Moves the mouse over every legend entry and every drawn mark of every chart, collecting the tooltips. */
    private List<String> hoverEverything() {
        List<String> tooltips = new ArrayList<>();
        List<WebElement> targets = driver.findElements(By.cssSelector("apex-chart .apexcharts-legend-series,"
                + " apex-chart path.apexcharts-pie-area, apex-chart path.apexcharts-bar-area,"
                + " apex-chart rect.apexcharts-heatmap-rect, apex-chart .apexcharts-series-markers circle,"
                + " apex-chart path.apexcharts-line, apex-chart rect.apexcharts-grid-bg, apex-chart .apexcharts-grid"));
        assertThat(targets).isNotEmpty();
        for (WebElement target : targets) {
            if (pointAt(target)) {
                tooltips.add((String) js().executeScript("return Array.from(document.querySelectorAll("
                        + "'apex-chart .apexcharts-tooltip.apexcharts-active,"
                        + " apex-chart .apexcharts-xaxistooltip.apexcharts-active'))"
                        + ".map(t => t.textContent).join(' | ')"));
            }
        }
        return tooltips;
    }

    /**
     * Moves the mouse onto a point the element itself occupies (the middle of a donut slice's box may be the hole);
     * false if no such point is in view (an empty series).
     */
    private boolean pointAt(WebElement target) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) js().executeScript(
                "const e = arguments[0], r = e.getBoundingClientRect();"
                        + "for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {"
                        + "  const x = r.left + r.width * i / 12, y = r.top + r.height * j / 12;"
                        + "  const hit = document.elementFromPoint(x, y);"
                        + "  if (hit === e || e.contains(hit)) return [Math.round(x), Math.round(y)]; }"
                        + "return null;", target);
        if (point == null) {
            return false;
        }
        new Actions(driver).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).pause(150).perform();
        return true;
    }

    private void assertNothingRan() {
        String ran = (String) js().executeScript(RAN);
        assertThat(ran).isEqualTo("{\"alerts\":[],\"xss\":null,\"markup\":0}");
    }

    /** All text inside the charts: legends and tooltips (HTML) and the SVG labels. */
    private String chartText() {
        return (String) js().executeScript(
                "return Array.from(document.querySelectorAll('apex-chart')).map(c => c.textContent).join(' | ')");
    }

    private void assertShownLiterally(String text, String... names) {
        assertThat(text).contains(names);
        assertThat(text).as("not escaped twice").doesNotContain("&lt;").doesNotContain("&amp;amp;");
    }

    @Test
    void markup_in_names_is_shown_as_text_in_every_chart_of_the_project_page() throws Exception {
        login("admin");
        open("/projects/" + projectId, "apex-chart svg path.apexcharts-pie-area");
        List<String> tooltips = hoverEverything();
        assertNothingRan();
        assertShownLiterally(chartText(), ITEM_1, ITEM_2);
        assertShownLiterally(String.join(" ", tooltips), ITEM_1, ITEM_2);
        assertThat(pointAt(driver.findElement(By.cssSelector("apex-chart path.apexcharts-pie-area")))).isTrue();
        screenshot("hostile-project-page");
    }

    @Test
    void markup_in_names_is_shown_as_text_in_every_chart_of_the_dashboard() throws Exception {
        login("admin");
        open("/dashboard/" + projectId + "/2031/1", "apex-chart.chart-composition svg path.apexcharts-pie-area");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("apex-chart.chart-budget-vs-spent svg path.apexcharts-bar-area"), 0));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("apex-chart.chart-indicator svg"), 0));
        screenshot("hostile-dashboard");
        List<String> tooltips = hoverEverything();
        assertNothingRan();
        String text = chartText();
        assertShownLiterally(text, ITEM_1, ITEM_2, INDICATOR);
        assertShownLiterally(String.join(" ", tooltips), ITEM_1, ITEM_2);
        assertThat(pointAt(driver.findElement(
                By.cssSelector("apex-chart.chart-budget-vs-spent path.apexcharts-bar-area")))).isTrue();
        screenshot("hostile-dashboard-tooltip");
        assertNothingRan();
    }

    @Test
    void markup_in_names_is_shown_as_text_in_every_chart_of_the_overview() throws Exception {
        login("admin");
        open("/overview", "apex-chart.chart-heatmap svg rect.apexcharts-heatmap-rect");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("apex-chart.chart-by-unit svg path.apexcharts-bar-area"), 0));
        List<String> tooltips = hoverEverything();
        assertNothingRan();
        assertShownLiterally(chartText(), PROJECT, UNIT);
        assertShownLiterally(String.join(" ", tooltips), PROJECT, UNIT);
        assertThat(pointAt(driver.findElement(
                By.cssSelector("apex-chart.chart-heatmap rect.apexcharts-heatmap-rect")))).isTrue();
        screenshot("hostile-overview-heatmap");
        assertNothingRan();
    }

    @Test
    void the_content_security_policy_stops_an_inline_handler_that_reached_the_page() throws Exception {
        login("admin");
        open("/dashboard/" + projectId + "/2031/1", "apex-chart.chart-composition svg path.apexcharts-pie-area");
        assertThat(cspViolations()).as("nothing refused before").isEmpty();
        js().executeScript("window.__violations = [];"
                + "document.addEventListener('securitypolicyviolation',"
                + " e => window.__violations.push(e.violatedDirective));"
                + "const div = document.createElement('div');"
                + "div.innerHTML = '<img src=\"data:,\" onerror=\"window.__xss=9\">"
                + "<img src=x onload=\"window.__xss=8\">"
                + "<svg onload=\"window.__xss=7\"></svg>';"
                + "document.body.appendChild(div);"
                + "const script = document.createElement('script'); script.textContent = 'window.__xss = 6';"
                + "document.body.appendChild(script);");
        wait.until(d -> ((Number) js().executeScript("return window.__violations.length")).intValue() >= 2);
        Thread.sleep(500);
        assertThat(js().executeScript("return window.__xss || null")).isNull();
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js().executeScript("return window.__violations");
        assertThat(violations).contains("script-src-elem", "script-src-attr");
        assertThat(cspViolations()).as("the console names the refusals")
                .anyMatch(message -> message.contains("inline event handler"))
                .anyMatch(message -> message.contains("inline script"));
    }
}
