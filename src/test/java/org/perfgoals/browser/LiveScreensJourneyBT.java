package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perfgoals.SeedProjects;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Two browser sessions: a leader watches the overview while staff, in another browser, save a better Q3 value of
 * 综合接通率. Its year-end forecast then meets the target, the TARGET_AT_RISK alert closes, and the leader's alert tile
 * and bell count one less — pushed, without a reload.
 */
@TestPropertySource(properties = "perfgoals.live.interval-ms=500")
class LiveScreensJourneyBT extends BrowserTest {

    private static final String ROW =
            "//div[contains(@class,'indicator-entry')][.//span[@class='entry-name' and text()='%s']]";

    @Autowired
    private ProjectRepository projects;

    private String alertTile() {
        return driver.findElement(By.cssSelector("[data-tile='alerts'] .tile-value")).getText();
    }

    private String bell() {
        return driver.findElement(By.cssSelector(".alert-count")).getText();
    }

    @Test
    void the_leaders_overview_and_bell_follow_a_save_in_another_browser() throws Exception {
        login("leader");
        wait.until(ExpectedConditions.urlContains("/overview"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tile='alerts'] .tile-value")));
        String tileBefore = alertTile();
        String bellBefore = bell();
        screenshot("live-overview-before");

        WebDriver leader = driver;
        WebDriverWait leaderWait = wait;
        WebDriver staff = openBrowser();
        try {
            driver = staff;
            wait = new WebDriverWait(staff, Duration.ofSeconds(60));
            login("staff");
            long hotline = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.HOTLINE))
                    .findFirst().orElseThrow().getId();
            driver.get(url("/monitoring/" + hotline + "/2019/3"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(ROW.formatted("综合接通率"))));
            WebElement input = driver.findElement(By.xpath(ROW.formatted("综合接通率")))
                    .findElement(By.cssSelector("vaadin-text-field input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "95", Keys.TAB);
            WebElement save = driver.findElements(By.cssSelector("vaadin-button")).stream()
                    .filter(button -> button.getText().equals("保存草稿")).findFirst().orElseThrow();
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
            save.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
            assertThat(driver.findElement(By.cssSelector("vaadin-notification-card")).getText()).contains("已保存");
        } finally {
            staff.quit();
            driver = leader;
            wait = leaderWait;
        }

        // No reload: the leader's page changes by itself.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> !alertTile().equals(tileBefore));
        assertThat(Long.parseLong(alertTile().replace(",", ""))).isEqualTo(
                Long.parseLong(tileBefore.replace(",", "")) - 1);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> !bell().equals(bellBefore));
        assertThat(Long.parseLong(bell())).isEqualTo(Long.parseLong(bellBefore) - 1);
        screenshot("live-overview-after");
    }
}
