package org.perfgoals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reporting calendar, the notification inbox, the admin's list of mails and the notification choices on the
 * profile page, as their users see them in Chromium (screenshots in target/screenshots).
 */
class CalendarAndNotificationsJourneyBT extends BrowserTest {

    @Test
    void an_admin_reads_the_year_of_the_reporting_calendar_and_the_list_of_mails() throws Exception {
        login("admin");
        driver.get(url("/admin/calendar"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".calendar-admin vaadin-grid")));
        wait.until(browser -> browser.findElement(By.cssSelector(".calendar-admin vaadin-grid")).getText()
                .contains("截止日期"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("报送日历");
        screenshot("calendar");
        driver.get(url("/admin/notifications"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notification-admin")));
        screenshot("notification-admin");
    }

    @Test
    void staff_read_their_notifications_and_choose_how_they_are_told() throws Exception {
        login("staff");
        driver.get(url("/notifications"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notification-inbox")));
        List<WebElement> unread = driver.findElements(By.cssSelector(".notification-unread"));
        assertThat(unread).as("the demo's two overdue quarters").hasSize(2);
        assertThat(unread.getFirst().getText()).contains("报送已逾期");
        screenshot("notification-inbox");
        driver.get(url("/profile"));
        WebElement choices = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".notification-choices")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", choices);
        screenshot("notification-choices");
    }
}
