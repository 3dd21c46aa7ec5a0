package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin creates a unit and a user in it through the administration views, copies the one-time password, logs
 * out; the new user logs in with it, must choose their own password first, and then uses the app.
 */
class AdminJourneyBT extends BrowserTest {

    @Autowired
    private UserAccounts accounts;

    private static final String UNIT = "上海市人力资源和社会保障局信息中心";
    private static final String BUREAU = "上海市人力资源和社会保障局";

    private WebElement button(String text) {
        wait.until(driver -> driver.findElements(By.tagName("vaadin-button")).stream()
                .anyMatch(button -> button.isDisplayed() && button.getText().equals(text)));
        return driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().equals(text)).findFirst().orElseThrow();
    }

    private WebElement field(String tag, String label) {
        wait.until(driver -> driver.findElements(By.tagName(tag)).stream()
                .anyMatch(field -> label.equals(field.getAttribute("label"))));
        return driver.findElements(By.tagName(tag)).stream().filter(field -> label.equals(field.getAttribute("label")))
                .findFirst().orElseThrow().findElement(By.tagName("input"));
    }

    /** Types the option's whole name into the picker and takes it. */
    private void pick(String label, String option) {
        WebElement input = field("vaadin-combo-box", label);
        input.sendKeys(option);
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().equals(option)));
        driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals(option)).findFirst().orElseThrow().click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box[opened]")).isEmpty());
    }

    private void assertEveryColumnFits() {
        Object overflow = ((JavascriptExecutor) driver).executeScript("const table = document.querySelector("
                + "'vaadin-grid').shadowRoot.querySelector('#table'); return table.scrollWidth - table.clientWidth;");
        assertThat(((Number) overflow).longValue()).as("every column fits a desktop window").isLessThanOrEqualTo(2L);
    }

    @Test
    void the_administration_pages_fit_in_english_too() throws Exception {
        // An admin of their own: the language chosen is stored for the user, and the other journey reads Chinese.
        SystemAuthentication.run(() -> accounts.create(new NewUser("admin.en", "English admin", null, null,
                Set.of(Role.ADMIN)), "English-Admin-Pass-1", false));
        submitLogin("admin.en", "English-Admin-Pass-1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("/admin/users"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "staff"));
        driver.findElement(By.cssSelector(".app-header vaadin-select")).click();
        wait.until(driver -> driver.findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().equals("English")));
        driver.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().equals("English")).findFirst().orElseThrow()
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Users"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Reset"));
        Thread.sleep(500);
        screenshot("admin-users-en");
        assertEveryColumnFits();
        driver.get(url("/admin/units"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Merge"));
        Thread.sleep(500);
        screenshot("admin-units-en");
        assertEveryColumnFits();
    }

    @Test
    void an_admin_creates_a_unit_and_a_user_who_logs_in_with_the_one_time_password_and_changes_it()
            throws Exception {
        login("admin");
        driver.get(url("/admin/units"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), BUREAU));
        button("新建单位").click();
        WebElement name = field("vaadin-text-field", "单位名称");
        name.sendKeys("上海市就业促进中心");
        button("建立").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已有名为"));
        screenshot("admin-unit-refused");
        name.clear();
        name.sendKeys(UNIT);
        pick("上级单位", BUREAU);
        screenshot("admin-unit-create");
        button("建立").click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), UNIT));
        screenshot("admin-units");

        driver.get(url("/admin/users"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "staff"));
        button("新建用户").click();
        field("vaadin-text-field", "用户名").sendKeys("xinxi.staff");
        field("vaadin-text-field", "姓名").sendKeys("信息中心填报员");
        field("vaadin-text-field", "电子邮件").sendKeys("xinxi@example.org");
        pick("单位", UNIT);
        driver.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(box -> "填报人员".equals(box.getAttribute("label"))).findFirst().orElseThrow().click();
        screenshot("admin-user-create");
        button("建立").click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-text-field.one-time-password")).stream()
                .anyMatch(field -> String.valueOf(field.getDomProperty("value")).length() == 20));
        String oneTime = String.valueOf(driver.findElement(By.cssSelector("vaadin-text-field.one-time-password"))
                .getDomProperty("value"));
        screenshot("admin-one-time-password");
        button("关闭").click();
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "xinxi.staff"));
        Thread.sleep(500);
        screenshot("admin-users");
        assertEveryColumnFits();

        button("退出登录").click();
        wait.until(ExpectedConditions.urlContains("/login"));
        submitLogin("xinxi.staff", oneTime);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "请修改密码"));
        List<WebElement> fields = driver.findElements(By.cssSelector("vaadin-password-field input"));
        assertThat(fields).hasSize(3);
        fields.get(0).sendKeys(oneTime);
        fields.get(1).sendKeys("Xinxi-Zhongxin-2026");
        fields.get(2).sendKeys("Xinxi-Zhongxin-2026");
        button("修改密码").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        driver.get(url("/projects"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        assertThat(driver.findElement(By.cssSelector(".current-user")).getText()).isEqualTo("xinxi.staff");
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getText()).doesNotContain("用户管理", "单位管理");
        screenshot("admin-new-user-projects");
    }
}
