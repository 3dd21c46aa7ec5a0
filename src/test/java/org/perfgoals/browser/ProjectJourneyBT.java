package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.perfgoals.SeedProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A manager logs in, finds their unit's project (only theirs) in the list, opens it and sees the donut drawn. */
class ProjectJourneyBT extends BrowserTest {

    @Test
    void a_manager_opens_a_project_and_sees_its_budget_donut() throws Exception {
        login("manager");
        driver.get(url("/projects"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"),
                SeedProjects.HOTLINE));
        assertThat(driver.findElement(By.tagName("vaadin-grid")).getText())
                .as("the manager's list holds only their unit's projects")
                .doesNotContain(SeedProjects.SOCIAL_INSURANCE, SeedProjects.TRAINING);
        screenshot("project-list");

        driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals(SeedProjects.HOTLINE))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlMatches(".*/projects/\\d+$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("apex-chart")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                driver.findElement(By.cssSelector("apex-chart")));

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("apex-chart svg path.apexcharts-pie-area"), 0));
        List<WebElement> slices = driver.findElements(By.cssSelector("apex-chart svg path.apexcharts-pie-area"));
        assertThat(slices).as("one slice per sub-item").hasSize(6);
        assertThat(slices).allSatisfy(slice -> assertThat(slice.getAttribute("d")).isNotBlank());
        // textContent: the heading has scrolled out of the view port, where Selenium's getText() reads nothing.
        assertThat(driver.findElement(By.cssSelector("h2.project-name")).getAttribute("textContent"))
                .isEqualTo(SeedProjects.HOTLINE);
        assertThat(driver.findElement(By.tagName("body")).getAttribute("textContent")).contains("71,387,200 元")
                .contains("综合接通率");

        Path top = screenshot("project-page");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector("apex-chart")));
        Path shot = screenshot("project-budget");
        assertThat(Files.size(top)).isGreaterThan(10_000);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void the_login_page_speaks_chinese_and_refuses_a_wrong_password() throws Exception {
        driver.get(url("/projects"));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name=username]")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("绩效目标监控");
        driver.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys("staff");
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("wrong");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(driver.getCurrentUrl()).contains("/login");
        Object message = wait.until(page -> ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + "return form && form.error && form.i18n ? form.i18n.errorMessage.message : null"));
        screenshot("login-error");
        assertThat(message).as("the error says guessing locks the name")
                .isEqualTo("请检查用户名和密码后重试。连续输错 5 次后，该用户名将锁定 15 分钟。");
    }
}
