package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A user makes an API token on the profile page, sees its secret once in a dialog, closes it and revokes it. */
class ApiTokenJourneyBT extends BrowserTest {

    @Test
    void a_token_is_made_shown_once_and_revoked_on_the_profile_page() throws Exception {
        login("staff");
        driver.get(url("/profile"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "API 令牌"));
        driver.findElements(By.cssSelector("vaadin-text-field")).stream()
                .filter(field -> "名称".equals(field.getAttribute("label"))).findFirst().orElseThrow()
                .findElement(By.tagName("input")).sendKeys("报表推送系统");
        driver.findElements(By.tagName("vaadin-button")).stream().filter(button -> button.getText().equals("创建令牌"))
                .findFirst().orElseThrow().click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-text-field[readonly]")).stream()
                .anyMatch(field -> String.valueOf(field.getDomProperty("value")).startsWith("pgt_")));
        String secret = driver.findElements(By.cssSelector("vaadin-text-field[readonly]")).stream()
                .map(field -> String.valueOf(field.getDomProperty("value"))).filter(value -> value.startsWith("pgt_"))
                .findFirst().orElseThrow();
        assertThat(secret).hasSize(47);
        screenshot("token-created");
        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().equals("关闭")).findFirst().orElseThrow().click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "报表推送系统"));
        screenshot("token-listed");
        driver.findElements(By.tagName("vaadin-button")).stream().filter(button -> button.getText().equals("吊销"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已吊销"));
        assertThat(driver.findElement(By.tagName("vaadin-grid")).getText()).doesNotContain("报表推送系统");
    }
}
