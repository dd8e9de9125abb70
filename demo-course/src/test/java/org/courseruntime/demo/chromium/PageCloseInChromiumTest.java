package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.FaultyFront;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a real browser, closing the tab right after finishing still delivers the result: the runtime hands what is
 * left to navigator.sendBeacon in the xAPI alternate request syntax, a cross-origin simple request that outlives
 * the page.
 */
@Tag("chromium")
class PageCloseInChromiumTest {
    @Test
    void closingTheTabRightAfterFinishingDeliversTheResultToLearningLocker() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        try (FaultyFront front = new FaultyFront(lrs.endpoint());
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(front.endpoint(),
                     LearningLocker.LOGIN, LearningLocker.PASSWORD));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 3", 20_000);
            Object actor = ((Map<?, ?>) ((List<?>) JsonReader.parse((String) chromium.js(
                    "return JSON.stringify(courseRuntime.confirmedStatements());"))).get(0)).get("actor");
            String courseTab = chromium.driver.getWindowHandle();
            // Ordinary requests stall from now on, as on a slow network: only what outlives the page can arrive.
            front.drop(exchange -> String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json"));

            chromium.driver.findElement(By.cssSelector("#toc li:last-child button")).click();
            chromium.driver.findElement(By.id("finish")).click();
            chromium.driver.findElement(By.id("finish-anyway")).click(); // an early finish, confirmed
            chromium.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String otherTab = chromium.driver.getWindowHandle();
            chromium.driver.switchTo().window(courseTab).close();
            chromium.driver.switchTo().window(otherTab);

            List<Map<?, ?>> stored = List.of();
            long deadline = System.currentTimeMillis() + 10_000;
            while (stored.size() < 4 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                stored = lrs.statementsOf(actor);
            }
            // started, experienced and progressed for the welcome page, then the result of finishing at once: failed.
            assertEquals(4, stored.size());
            assertTrue(stored.stream().anyMatch(s -> "http://adlnet.gov/expapi/verbs/failed".equals(((Map<?, ?>) s.get("verb")).get("id"))));
        }
    }

    /**
     * The attempt is written once per turn of the event loop: closing the tab right after an answer keeps it, and the
     * next visit in this browser continues from it, with the answer's statements at the LRS once.
     */
    @Test
    void closingTheTabRightAfterAnAnswerKeepsTheAnswerForTheNextVisit() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        try (PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(),
                     LearningLocker.LOGIN, LearningLocker.PASSWORD));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 3", 20_000);
            Object actor = ((Map<?, ?>) ((List<?>) JsonReader.parse((String) chromium.js(
                    "return JSON.stringify(courseRuntime.confirmedStatements());"))).get(0)).get("actor");
            assertEquals(false, chromium.js("return performance.getEntriesByType('resource')"
                    + ".some(function (entry) { return entry.name.endsWith('/course-check.js'); });"),
                    "a published course is taken as the publisher stamped it, in V8 as in the JVM");
            chromium.click("#next");
            chromium.click("#next");
            chromium.click("form[data-question='q-actor'] input[value='true']");
            chromium.click("form[data-question='q-actor'] button[type='submit']");
            Object progress = chromium.js("return courseRuntime.progress();");
            String courseTab = chromium.driver.getWindowHandle();
            chromium.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String otherTab = chromium.driver.getWindowHandle();
            chromium.driver.switchTo().window(courseTab).close();
            chromium.driver.switchTo().window(otherTab);

            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", 20_000);
            assertEquals(progress, chromium.js("return courseRuntime.progress();"));
            assertEquals("q-actor", chromium.js("return courseRuntime.position();"));
            long deadline = System.currentTimeMillis() + 10_000;
            while (answered(lrs, actor) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000); // time for a second copy to show, if one were sent
            assertEquals(1, answered(lrs, actor));
        }
    }

    private static long answered(LearningLocker lrs, Object actor) throws Exception {
        return lrs.statementsOf(actor).stream()
                .filter(s -> "http://adlnet.gov/expapi/verbs/answered".equals(((Map<?, ?>) s.get("verb")).get("id"))).count();
    }
}
