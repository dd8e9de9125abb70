package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.courseruntime.demo.support.Build;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.tools.settings.SettingsSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An author who never saw a JSON file sets up tracking for a custom LRS in the settings page, on a 390 px phone screen
 * and by keyboard: a wrong URL is named as typed in the publisher's words, the LRS check against Learning Locker
 * finds the wrong password, and with the right one passes; Publish writes the settings file and the zip, offers it,
 * and a republish says what changed. The password is never shown back. The README's screenshot is taken here.
 */
@Tag("chromium")
class SettingsPageInChromiumTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void anAuthorSetsUpTrackingChecksTheLrsAndPublishesInTheBrowser() throws Exception {
        Path work = Files.createTempDirectory("settings-page");
        Path course = Build.copy(Path.of("src/main/course"), work.resolve("course"));
        Files.delete(course.resolve("publish-settings.json"));
        Path settingsFile = course.resolve("publish-settings.json");
        String endpoint = LearningLocker.shared().endpoint();
        try (SettingsSite site = new SettingsSite(course, settingsFile, work.resolve("published"), 0);
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.manage().window().setSize(new Dimension(390, 844));
            chromium.driver.get(site.url());
            chromium.waitUntil("document.querySelectorAll('input[name=statement]:checked').length === 7", 10_000);

            List<String> order = tabOrder(chromium, 8);
            assertEquals(List.of("tracking", "endpoint", "login", "password", "statement-started"), order.subList(0, 5),
                    "the keyboard reaches the fields in reading order");

            field(chromium, "endpoint").sendKeys("ftp://lrs.example.com/");
            assertEquals("must be an http:// or https:// URL", text(chromium, "endpoint-problem"), "the publisher's words, as typed");
            assertEquals(false, chromium.driver.findElement(By.id("publish")).isEnabled());
            field(chromium, "endpoint").clear();
            field(chromium, "endpoint").sendKeys(endpoint);
            field(chromium, "login").sendKeys(LearningLocker.LOGIN);
            assertEquals("must not be empty", text(chromium, "password-problem"), "a login needs its password");
            field(chromium, "password").sendKeys("not-the-password");
            assertEquals("", text(chromium, "password-problem"));

            field(chromium, "origin").sendKeys("https://courses.example.com");
            chromium.click("#check-lrs");
            chromium.waitUntil("document.getElementById('check-results').children.length === 5", 20_000);
            assertEquals("failed", outcomeOf(chromium, 2), "the wrong password is found before any learner meets it");
            assertTrue(text(chromium, "check-results").contains("refused the login and password (HTTP 401)"));

            field(chromium, "password").clear();
            field(chromium, "password").sendKeys(LearningLocker.PASSWORD);
            chromium.click("#check-lrs");
            chromium.waitUntil("document.getElementById('check-status').textContent.indexOf('points passed') > 0"
                    + " && document.querySelector('#check-results li:nth-child(3)').getAttribute('data-outcome') === 'passed'", 20_000);
            assertEquals(List.of("passed", "passed", "passed", "passed"), List.of(outcomeOf(chromium, 0), outcomeOf(chromium, 1),
                    outcomeOf(chromium, 2), outcomeOf(chromium, 3)));

            chromium.click("input[name=sign-in][value=optional]");
            chromium.driver.findElement(By.id("publish")).sendKeys(Keys.ENTER);
            chromium.waitUntil("!document.getElementById('download').hidden", 20_000);
            assertEquals(List.of("First publish with these settings."), items(chromium, "publish-changes"));
            assertEquals("download-link", chromium.driver.switchTo().activeElement().getAttribute("id"));
            assertTrue(Files.readString(settingsFile).contains("\"password\":\"" + LearningLocker.PASSWORD + "\""),
                    "the password is written to the settings file the author asked for");
            assertTrue(Files.isRegularFile(work.resolve("published/xapi-in-ten-minutes.zip")));
            assertEquals(true, chromium.js("return document.documentElement.scrollWidth <= 390;"), "nothing wider than the phone");
            chromium.driver.manage().window().setSize(new Dimension(900, 2000));
            chromium.screenshot(SCREENSHOTS.resolve("settings-page.png"));
            chromium.driver.manage().window().setSize(new Dimension(390, 844));

            chromium.driver.navigate().refresh();
            chromium.waitUntil("document.getElementById('endpoint').value !== ''", 10_000);
            assertEquals("", field(chromium, "password").getAttribute("value"), "the password is never shown back");
            assertFalse(chromium.driver.getPageSource().contains(LearningLocker.PASSWORD));
            chromium.click("input[value=progressed]");
            chromium.click("#publish");
            chromium.waitUntil("document.getElementById('publish-changes').children.length > 0", 20_000);
            assertEquals(List.of("Statements sent: no longer progressed."), items(chromium, "publish-changes"));
            assertTrue(Files.readString(settingsFile).contains(LearningLocker.PASSWORD), "an empty password field keeps the saved one");
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    private static List<String> tabOrder(ChromiumBrowser chromium, int steps) {
        chromium.js("document.activeElement.blur(); window.focus();");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            chromium.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = chromium.driver.switchTo().activeElement();
            String id = focused.getAttribute("id");
            order.add(id == null || id.isEmpty() ? focused.getAttribute("name") + "-" + focused.getAttribute("value") : id);
        }
        return order;
    }

    private static WebElement field(ChromiumBrowser chromium, String id) {
        return chromium.driver.findElement(By.id(id));
    }

    private static String text(ChromiumBrowser chromium, String id) {
        return (String) chromium.js("return document.getElementById('" + id + "').textContent;");
    }

    private static String outcomeOf(ChromiumBrowser chromium, int index) {
        return chromium.driver.findElements(By.cssSelector("#check-results li")).get(index).getAttribute("data-outcome");
    }

    private static List<String> items(ChromiumBrowser chromium, String id) {
        return chromium.driver.findElements(By.cssSelector("#" + id + " li")).stream().map(WebElement::getText).toList();
    }
}
