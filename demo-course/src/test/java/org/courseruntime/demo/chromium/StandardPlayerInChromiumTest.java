package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.tools.preview.PreviewLrs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The standard player's learner features in a real browser: an explanation and a question closed once its tries are
 * used, a confirmation before an early finish that Escape dismisses, and the results per question.
 */
@Tag("chromium")
class StandardPlayerInChromiumTest {
    @Test
    void anEarlyFinishIsConfirmedAndTheResultsSayWhichQuestionsWereMissed() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", 20_000);
            chromium.click("#next");
            chromium.click("#next");
            chromium.click("form[data-question='q-actor'] input[value='false']");
            DemoCoursePlayer.submit(chromium, "q-actor", "Not quite.");
            assertTrue(chromium.driver.findElement(By.id("explanation")).isDisplayed());
            assertEquals("No tries left: your latest answer counts.", chromium.driver.findElement(By.id("tries")).getText());
            assertEquals(false, chromium.driver.findElement(By.cssSelector("form[data-question='q-actor'] button[type=submit]")).isEnabled());

            chromium.click("#toc li:last-child button");
            chromium.click("#finish");
            assertTrue(chromium.driver.findElement(By.id("finish-confirmation")).isDisplayed());
            assertEquals("finish-back", chromium.driver.switchTo().activeElement().getAttribute("id"), "focus on the safe choice");
            chromium.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertEquals("Verbs from the ADL vocabulary", chromium.driver.findElement(By.id("page-title")).getText(),
                    "Escape goes back to the first page not done");

            chromium.click("#toc li:last-child button");
            chromium.click("#finish");
            chromium.click("#finish-anyway");
            assertEquals("Failed", chromium.driver.findElement(By.cssSelector("#outcome [data-row=result]")).getText());
            List<String> verdicts = chromium.driver.findElements(By.cssSelector("#question-results li")).stream()
                    .map(item -> item.getAttribute("data-verdict")).toList();
            assertEquals("missed", verdicts.get(0));
            assertTrue(verdicts.subList(1, verdicts.size()).stream().allMatch("not-answered"::equals), verdicts.toString());
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }
}
