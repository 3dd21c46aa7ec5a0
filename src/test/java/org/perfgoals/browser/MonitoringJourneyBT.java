package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A staff member enters a quarter in the real browser; a manager looks at the alert centre. */
class MonitoringJourneyBT extends BrowserTest {

    private static final String ROW =
            "//div[contains(@class,'indicator-entry')][.//span[@class='entry-name' and text()='%s']]";

    @Autowired
    private ProjectRepository projects;

    private WebElement row(String name) {
        return driver.findElement(By.xpath(ROW.formatted(name)));
    }

    @Test
    void staff_enter_a_quarter_and_see_each_row_judged() throws Exception {
        login("staff");
        long hotline = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.HOTLINE)).findFirst()
                .orElseThrow().getId();
        // Q4 of the demo year has no values yet.
        driver.get(url("/monitoring/" + hotline + "/2019/4"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(ROW.formatted("综合接通率"))));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("季度填报");

        WebElement input = row("综合接通率").findElement(By.cssSelector("vaadin-text-field input"));
        input.sendKeys("75", Keys.TAB);
        wait.until(driver -> "RED".equals(row("综合接通率").findElement(By.cssSelector(".status-chip"))
                .getAttribute("data-status")));
        input = row("综合接通率").findElement(By.cssSelector("vaadin-text-field input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "88", Keys.TAB);
        wait.until(driver -> "GREEN".equals(row("综合接通率").findElement(By.cssSelector(".status-chip"))
                .getAttribute("data-status")));
        WebElement satisfaction = row("综合满意度").findElement(By.cssSelector("vaadin-text-field input"));
        satisfaction.sendKeys("98.5%", Keys.TAB);
        screenshot("entry-typing");

        WebElement save = driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.getText().equals("保存草稿")).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card")).getText()).contains("已保存");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        screenshot("entry-saved");
        WebElement chip = row("综合接通率").findElement(By.cssSelector(".status-chip"));
        assertThat(chip.getAttribute("data-status")).as("stored and judged after reload").isEqualTo("GREEN");
        assertThat(chip.getAttribute("textContent")).isEqualTo("达标");
    }

    @Test
    void a_manager_sees_the_alert_centre_with_the_demo_alerts() throws Exception {
        login("manager");
        long hotline = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.HOTLINE)).findFirst()
                .orElseThrow().getId();
        driver.get(url("/alerts?project=" + hotline));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "综合接通率"));
        assertThat(driver.findElement(By.cssSelector(".alert-count")).getText()).matches("[1-9]\\d*");
        screenshot("alert-centre");
    }


    @Test
    void a_relative_target_says_what_it_is_compared_with() throws Exception {
        login("admin");
        long training = projects.findAll().stream().filter(p -> p.getName().equals(SeedProjects.TRAINING))
                .findFirst().orElseThrow().getId();
        driver.get(url("/monitoring/" + training + "/2019/4"));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(ROW.formatted("师资能力提升情况"))));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", card);
        assertThat(card.findElement(By.cssSelector(".entry-baseline")).getAttribute("textContent"))
                .startsWith("上年实际值：暂无");
        screenshot("entry-relative-target");

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('resize'))");
        Thread.sleep(800);
        screenshot("entry-phone");
        assertNoSidewaysScrolling();
    }
}
