package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.SeedFile;
import org.perfgoals.importer.format.FormFixtures;

/**
 * An admin drops three files of different formats and a zip onto the import view, sees each read with its own
 * progress bar and previewed on its own, and imports them all at once.
 */
class ImportBatchJourneyBT extends BrowserTest {

    private static final int YEAR = 2071;

    private static String form(int number) {
        return SeedFile.form(number).replace("2019", String.valueOf(YEAR));
    }

    /** Drops the files on the upload as a person drags them from a folder: one drop, several files. */
    private void drop(Map<String, byte[]> files) {
        List<List<String>> named = new ArrayList<>();
        files.forEach((name, content) -> named.add(List.of(name, Base64.getEncoder().encodeToString(content))));
        ((JavascriptExecutor) driver).executeScript(
                "const upload = document.querySelector('vaadin-upload');"
                        + "const dt = new DataTransfer();"
                        + "for (const [name, base64] of arguments[0]) {"
                        + "  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));"
                        + "  dt.items.add(new File([bytes], name)); }"
                        + "upload.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true}));"
                        + "upload.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true}));",
                named);
    }

    private String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void three_formats_and_a_zip_are_dropped_previewed_and_imported_at_once() throws Exception {
        login("admin");
        driver.get(url("/import"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put("申报/四.xlsx", FormFixtures.xlsx(form(4)));
        zip.put("申报/五.txt", form(5).getBytes(StandardCharsets.UTF_8));
        zip.put("__MACOSX/申报/._五.txt", new byte[] {0, 5, 22, 7});
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("一.txt", form(1).getBytes(StandardCharsets.UTF_8));
        files.put("二.docx", FormFixtures.docx(form(2)));
        files.put("三.pdf", FormFixtures.pdf(form(3)));
        files.put("更多.zip", FormFixtures.zip(zip));
        drop(files);

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".import-file"), 5));
        assertThat(driver.findElements(By.cssSelector(".import-upload"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector(".import-upload vaadin-progress-bar"))).hasSize(4);
        assertThat(text(".import-upload-state")).contains("已读取：2 个文件").doesNotContain("正在解析");
        assertThat(text(".import-file h3")).contains("一.txt：1 张申报表", "二.docx：1 张申报表", "三.pdf：1 张申报表",
                "更多.zip/申报/四.xlsx：1 张申报表", "更多.zip/申报/五.txt：1 张申报表").doesNotContain("MACOSX");
        assertThat(driver.findElements(By.cssSelector(".import-file-invalid"))).isEmpty();
        Path preview = screenshot("import-batch-preview");

        WebElement confirm = driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.getText().equals("确认导入")).findFirst().orElseThrow();
        wait.until(ExpectedConditions.elementToBeClickable(confirm));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", confirm);
        confirm.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-status"),
                "已从 5 个文件导入 5 个项目。"));
        assertThat(driver.findElements(By.cssSelector(".import-file"))).isEmpty();
        Path done = screenshot("import-batch-done");
        assertThat(Files.size(preview)).isGreaterThan(10_000);
        assertThat(Files.size(done)).isGreaterThan(10_000);

        driver.get(url("/projects"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
    }
}
