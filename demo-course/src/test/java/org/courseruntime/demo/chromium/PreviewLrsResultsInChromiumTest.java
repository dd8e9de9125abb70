package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.tools.preview.PreviewLrs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The preview LRS's page as an author reads it, on a 390 px phone: two learners took the demo course, one passed and
 * one failed; the page names the course on each attempt, gives its pass rate, scores and each question's share of
 * right answers, filters by learner and verb, exports what it shows, and shows the raw JSON at the table's full width.
 */
@Tag("chromium")
class PreviewLrsResultsInChromiumTest {
    private static final Path DOWNLOADS = Path.of("target/downloads").toAbsolutePath();
    private static final String READY = "window.courseRuntime && courseRuntime.status().state === 'saved'";

    @Test
    void anAuthorReadsTheResultsOfACourse() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             LearnerBrowser passing = new LearnerBrowser();
             LearnerBrowser failing = new LearnerBrowser();
             ChromiumBrowser author = ChromiumBrowser.downloadingTo(DOWNLOADS)) {
            takeTheCourse(passing, course, true);
            takeTheCourse(failing, course, false);
            author.driver.manage().window().setSize(new Dimension(390, 844));
            author.driver.get(lrs.viewerUrl());
            author.waitUntil("document.querySelectorAll('#attempts li').length === 2 && !document.getElementById('summary').hidden", 10_000);

            assertEquals("Tracking learning with xAPI in ten minutes", text(author, "summary-course"));
            assertEquals("2", text(author, "summary-attempts"));
            assertEquals("50% (1 of 2 finished attempts passed)", text(author, "summary-pass-rate"));
            assertTrue(author.driver.findElements(By.cssSelector("#attempts .course")).stream()
                    .allMatch(line -> line.getText().equals("Tracking learning with xAPI in ten minutes")), "the course on each attempt");
            List<String> counts = author.driver.findElements(By.cssSelector("#score-chart .column")).stream()
                    .map(column -> column.getAttribute("data-count")).toList();
            assertEquals(List.of("0", "0", "1", "0", "0", "0", "0", "0", "0", "1"), counts, "a fail at 2 of 8 points, a pass at 8 of 8");
            Map<String, String> shares = new LinkedHashMap<>();
            for (WebElement item : author.driver.findElements(By.cssSelector("#question-chart li"))) {
                shares.put(item.findElement(By.className("name")).getText(), item.getAttribute("data-share"));
            }
            assertEquals(Map.of("The actor", "50", "Verbs from the ADL vocabulary", "50", "Time zones", "50",
                    "What the LRS answered", "100", "The path of a statement", "50", "A request to the LRS", "100",
                    "The highest score", "50", "Viewing content", "50"), shares, "surveys are not judged");

            choose(author, "filter-learner", 1);
            assertEquals(1, author.driver.findElements(By.cssSelector("#attempts li")).size());
            assertEquals("1", text(author, "summary-attempts"));
            choose(author, "filter-learner", 0);
            choose(author, "filter-verb", "answered");
            List<WebElement> rows = author.driver.findElements(By.cssSelector("#statements tr.statement"));
            assertEquals(20, rows.size(), "ten questions answered by each learner");
            assertTrue(rows.stream().allMatch(row -> row.findElement(By.className("verb")).getText().equals("answered")));

            String csv = downloaded(author, "export-csv", "attempts.csv");
            assertEquals(3, csv.split("\r\n").length, csv);
            assertTrue(csv.startsWith("course,course id,learner,registration,started,last statement,result,score %,progress %\r\n"), csv);
            assertTrue(csv.contains(",passed,100,100\r\n") && csv.contains(",failed,25,100\r\n"), csv);
            assertEquals(20L, author.driver.executeScript("return JSON.parse(arguments[0]).length;",
                    downloaded(author, "export-json", "statements.json")));

            author.click("#statements .raw-toggle");
            assertEquals(true, author.js("var raw = document.querySelector('#statements tr.raw:not([hidden])');"
                    + " return raw.getBoundingClientRect().width === document.querySelector('#statements').getBoundingClientRect().width"
                    + " && raw.textContent.indexOf('\"verb\"') > 0;"), "the raw JSON at the table's full width");
            assertEquals(true, author.js("return document.documentElement.scrollWidth <= 390;"), "nothing wider than the phone");
            author.driver.manage().window().setSize(new Dimension(1000, 1400));
            choose(author, "filter-verb", 0);
            author.js("document.activeElement.blur(); window.scrollTo(0, 0);");
            author.screenshot(Path.of("target/screenshots/preview-lrs-results.png"));
            assertEquals(List.of(), author.consoleErrors());
        }
    }

    private static void takeTheCourse(LearnerBrowser learner, PublishedCourse course, boolean right) throws Exception {
        learner.open(course.url());
        learner.waitUntil(READY, 20_000);
        if (right) {
            DemoCoursePlayer.answerEverythingRight(learner);
        } else {
            DemoCoursePlayer.answerBelowTheMasteryScore(learner);
        }
        learner.click("#finish");
        learner.waitUntil(READY, 20_000);
    }

    /** Chooses an option of a select as a keyboard or a click would: by index, or by value when given text. */
    private static void choose(ChromiumBrowser browser, String id, Object option) {
        browser.driver.executeScript("var select = document.getElementById(arguments[0]);"
                + " if (typeof arguments[1] === 'number') select.selectedIndex = arguments[1]; else select.value = arguments[1];"
                + " select.dispatchEvent(new Event('change'));", id, option);
    }

    private static String text(ChromiumBrowser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** What an export link saves when the author activates it (by keyboard): the downloaded file's text. */
    private static String downloaded(ChromiumBrowser browser, String linkId, String fileName) throws Exception {
        // Chromium writes a .crdownload file and names it so only once it is complete.
        Path file = Files.createDirectories(DOWNLOADS).resolve(fileName);
        Files.deleteIfExists(file);
        browser.driver.findElement(By.id(linkId)).sendKeys(Keys.ENTER);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.isRegularFile(file) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return Files.readString(file);
    }
}
