package org.perfgoals.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium through its own chromedriver (so Selenium Manager downloads nothing): the browser of
 * the browser journeys and of the cluster test.
 */
public final class Chromium {

    private Chromium() {
    }

    /**
     * A headless Chromium of its own (its own profile, so its own session), at desktop size; the caller quits it.
     * With {@code networkLog} the DevTools network events are kept too (LogType.PERFORMANCE): which connections the
     * page opened, websockets included.
     */
    public static WebDriver open(boolean networkLog) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // The console, to see whether the Content-Security-Policy refused anything the app itself needs.
        Map<String, String> logs = new HashMap<>(Map.of(LogType.BROWSER, "ALL"));
        if (networkLog) {
            logs.put(LogType.PERFORMANCE, "ALL");
        }
        options.setCapability("goog:loggingPrefs", logs);
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        return browser;
    }
}
