package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.template.FilledTemplate;
import org.perfgoals.monitoring.template.TemplateColumns;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff download a quarter's filling template from the entry view, fill it as in Excel and upload it back. */
class TemplateJourneyBT extends BrowserTest {

    private static final String ROW =
            "//div[contains(@class,'indicator-entry')][.//span[@class='entry-name' and text()='%s']]";

    @Autowired
    private ProjectRepository projects;

    @Test
    void staff_download_the_template_fill_it_and_upload_it_with_a_preview() throws Exception {
        login("staff");
        long hotline = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.HOTLINE)).findFirst()
                .orElseThrow().getId();
        driver.get(url("/monitoring/" + hotline + "/2019/4"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".template-download")));
        WebElement download = driver.findElement(By.cssSelector(".template-download"));
        assertThat(download.getText()).isEqualTo("下载填报模板");
        screenshot("template-buttons");

        // The link's file, fetched by the browser with its session, as a click would save it.
        String encoded = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s));"
                        + "});", download);
        byte[] filled = FilledTemplate.of(Base64.getDecoder().decode(encoded))
                .entry("综合满意度", TemplateColumns.VALUE, 98.5)
                .entry("二级故障", "响应时间", 25)
                .entry("二级故障", "故障处理时间", 170)
                .bytes();
        Path file = Files.createTempDirectory("template").resolve("填报模板.xlsx");
        Files.write(file, filled);

        WebElement upload = driver.findElement(By.cssSelector(".template-buttons vaadin-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const u = arguments[0]; return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
        input.sendKeys(file.toString());

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        wait.until(driver -> driver.findElement(By.cssSelector("vaadin-dialog[opened]")).getText()
                .contains("将修改 1 个项目的 3 处数值"));
        screenshot("template-preview");
        WebElement confirm = driver.findElements(By.cssSelector("vaadin-dialog[opened] vaadin-button")).stream()
                .filter(button -> button.getText().equals("确认保存")).findFirst().orElseThrow();
        confirm.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-notification-card"),
                "已保存 3 处修改"));
        wait.until(driver -> "GREEN".equals(driver.findElement(By.xpath(ROW.formatted("综合满意度")))
                .findElement(By.cssSelector(".status-chip")).getAttribute("data-status")));
        screenshot("template-saved");
    }
}
