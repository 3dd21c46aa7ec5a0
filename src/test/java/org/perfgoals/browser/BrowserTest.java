package org.perfgoals.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser journeys: the whole app on a random port with the demo data, driven by Debian's headless
 * Chromium through its own chromedriver (so Selenium Manager downloads nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        driver = openBrowser();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** A headless Chromium of its own (its own profile, so its own session), at desktop size; the caller quits it. */
    WebDriver openBrowser() throws IOException {
        return Chromium.open(false);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            try {
                org.assertj.core.api.Assertions.assertThat(cspViolations())
                        .as("the app runs under its Content-Security-Policy").isEmpty();
            } finally {
                driver.quit();
            }
        }
    }

    /** What the browser's console said about the Content-Security-Policy since the last call (reading clears it). */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A demo user's login, waited for until the app has left the login page. */
    void login(String user) {
        submitLogin(user, "demo");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Types the name and password into the login form and sends it; where it leads is the caller's to check. */
    void submitLogin(String user, String password) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name=username]")));
        driver.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /** The page fits the window's width: a phone user never scrolls sideways (grids scroll inside themselves). */
    void assertNoSidewaysScrolling() {
        // Any scrolling box counts, the app layout's content area inside its shadow root too; grids scroll inside.
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "let most = document.documentElement.scrollWidth - document.documentElement.clientWidth;"
                        + "const walk = (root) => { for (const e of root.querySelectorAll('*')) {"
                        + "  if (e.tagName === 'VAADIN-GRID') continue;"
                        + "  const x = getComputedStyle(e).overflowX;"
                        + "  if ((x === 'auto' || x === 'scroll') && e.clientWidth > 0 && !e.closest('vaadin-grid'))"
                        + "    most = Math.max(most, e.scrollWidth - e.clientWidth);"
                        + "  if (e.shadowRoot) walk(e.shadowRoot); } };"
                        + "walk(document); return most;");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).longValue())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(2L);
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
