package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user with a one-time password logs in, lands on the forced change whatever page they ask for, chooses their own
 * password and then uses the app; the old password no longer opens it.
 */
class PasswordChangeJourneyBT extends BrowserTest {

    @Autowired
    private UserAccounts accounts;

    @Test
    void a_one_time_password_must_be_changed_before_anything_else() throws Exception {
        SystemAuthentication.run(() -> accounts.create(new NewUser("newcomer", "新同事", null,
                "上海市人力资源和社会保障局咨询服务中心", Set.of(Role.STAFF)), "One-Time-Pass-44", true));
        submitLogin("newcomer", "One-Time-Pass-44");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "请修改密码"));
        driver.get(url("/projects"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "请修改密码"));
        assertThat(driver.findElements(By.tagName("vaadin-grid"))).as("no project list behind it").isEmpty();
        screenshot("password-forced");

        List<WebElement> fields = driver.findElements(By.cssSelector("vaadin-password-field input"));
        assertThat(fields).hasSize(3);
        fields.get(0).sendKeys("One-Time-Pass-44");
        fields.get(1).sendKeys("woaini1314");
        fields.get(2).sendKeys("woaini1314");
        driver.findElements(By.tagName("vaadin-button")).stream().filter(button -> button.getText().equals("修改密码"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "最常见的密码"));
        screenshot("password-refused");
        fields = driver.findElements(By.cssSelector("vaadin-password-field input"));
        for (int i = 1; i < 3; i++) {
            fields.get(i).clear();
            fields.get(i).sendKeys("My-Own-Pass-55");
        }
        driver.findElements(By.tagName("vaadin-button")).stream().filter(button -> button.getText().equals("修改密码"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("/profile"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "个人设置"));
        assertThat(Files.size(screenshot("profile"))).isGreaterThan(10_000);

        driver.manage().deleteAllCookies();
        submitLogin("newcomer", "One-Time-Pass-44");
        wait.until(ExpectedConditions.urlContains("error"));
        submitLogin("newcomer", "My-Own-Pass-55");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
    }
}
