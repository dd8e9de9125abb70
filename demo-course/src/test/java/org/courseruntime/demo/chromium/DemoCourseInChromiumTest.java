package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonReader;
import org.courseruntime.lrs.Credentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The demo course in real Chromium, under its strict Content-Security-Policy: a learner clicks through the whole
 * course, answering every question, and the preview LRS and Learning Locker receive the attempt. The screenshots in
 * the README are taken here (target/screenshots).
 */
@Tag("chromium")
class DemoCourseInChromiumTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static void finishTheCourse(ChromiumBrowser chromium) throws Exception {
        chromium.waitUntil("window.courseRuntime && courseRuntime.status().confirmed >= 3", 20_000);
        DemoCoursePlayer.answerEverythingRight(chromium);
        chromium.click("#finish");
        chromium.waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === "
                + DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, 30_000);
    }

    @Test
    void theFirstPageShowsTheProgressTheLrsIsToldAndACourseWithoutAMasteryScoreShowsNoMasteryRow() throws Exception {
        String authorization = new Credentials("demo-lap", "demo-password").authorizationHeader();
        String withoutMastery = java.nio.file.Files.readString(PublishedCourse.EXPORTED.resolve("course.json"))
                .replaceFirst("\"masteryScore\"\\s*:\\s*[0-9.]+\\s*,", "");
        try (PreviewLrs lrs = new PreviewLrs(0, authorization, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "demo-lap",
                     "demo-password")).withFile("course.json", withoutMastery);
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            assertTrue(!withoutMastery.contains("masteryScore"), "the course has no mastery score now");
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 3", 20_000);

            assertTrue(((Number) chromium.eval("courseRuntime.progress()")).intValue() > 0, "the welcome page counts");
            assertEquals(chromium.eval("courseRuntime.progress()") + "% complete",
                    chromium.driver.findElement(By.id("progress-text")).getText(), "as progressed told the LRS");
            chromium.js("var b = document.querySelectorAll('#toc button'); b[b.length - 1].click();");
            chromium.click("#finish");
            chromium.click("#finish-anyway"); // an early finish, confirmed
            String outcome = chromium.driver.findElement(By.id("outcome")).getText();
            assertTrue(!outcome.contains("Mastery") && !outcome.contains("NaN"), outcome);
            assertTrue(outcome.contains("Progress"), outcome);
        }
    }

    @Test
    void aLearnerClicksThroughTheWholeCourseAndThePreviewLrsShowsTheAttempt() throws Exception {
        String authorization = new Credentials("demo-lap", "demo-password").authorizationHeader();
        try (PreviewLrs lrs = new PreviewLrs(0, authorization, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "demo-lap", "demo-password"));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            finishTheCourse(chromium);
            assertEquals("Passed", chromium.driver.findElement(By.cssSelector("#outcome dd[data-row='result']")).getText());
            assertEquals("All saved", chromium.driver.findElement(By.id("tracking-status")).getText());
            chromium.screenshot(SCREENSHOTS.resolve("course-results.png"));

            assertEquals(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, lrs.statements().size());
            chromium.driver.get(lrs.viewerUrl());
            chromium.waitUntil("document.querySelectorAll('#statements tr.statement').length === " + DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, 10_000);
            String attempt = chromium.driver.findElement(By.id("attempts")).getText();
            assertTrue(attempt.contains("★") && attempt.contains("PASSED") && attempt.contains("100% done"), attempt);
        }
    }

    @Test
    void learningLockerReceivesTheSameAttemptFromARealBrowser() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        try (PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(),
                LearningLocker.LOGIN, LearningLocker.PASSWORD));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            finishTheCourse(chromium);

            List<?> sent = (List<?>) JsonReader.parse((String) chromium.js("return JSON.stringify(courseRuntime.confirmedStatements());"));
            List<Map<?, ?>> stored = lrs.statementsOf(((Map<?, ?>) sent.get(0)).get("actor"));
            assertEquals(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, stored.size());
            assertEquals(sent.stream().map(s -> ((Map<?, ?>) s).get("id")).sorted().toList(),
                    stored.stream().map(s -> s.get("id")).map(String::valueOf).sorted().toList());
        }
    }

    @Test
    void theCourseRunsUnderAStrictContentSecurityPolicyThatForbidsEval() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", 20_000);

            // WebDriver's own scripts are exempt from CSP, so these make the page itself evaluate code.
            chromium.js("window.setTimeout('window.evalRan = true', 0);"
                    + " var s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);"
                    + " var b = document.createElement('img'); b.setAttribute('onerror', 'window.handlerRan = true'); b.src = 'x:';"
                    + " document.body.appendChild(b);");
            Thread.sleep(300);
            assertEquals(List.of(false, false, false), chromium.js("return [!!window.evalRan, !!window.inlineRan, !!window.handlerRan];"));
            assertEquals(3L, chromium.js("return courseRuntime.status().confirmed;"), "and the course works under it");
        }
    }

    @Test
    void aQuestionCanBeAnsweredWithTheKeyboardAlone() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime", 20_000);
            chromium.js("document.getElementById('next').focus();");
            chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER); // -> anatomy
            chromium.js("document.getElementById('next').focus();");
            chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER); // -> the true-false question, title focused

            WebElement active = chromium.driver.switchTo().activeElement();
            assertEquals("page-title", active.getAttribute("id"), "a new page moves focus to its title");
            active.sendKeys(Keys.TAB); // the first radio, "True"
            chromium.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
            chromium.driver.switchTo().activeElement().sendKeys(Keys.TAB); // the submit button
            chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

            assertEquals("Correct.", chromium.driver.findElement(By.cssSelector("form[data-question='q-actor'] .feedback")).getText());
        }
    }

    private static String withOptionalLogin(String settings) {
        return settings.substring(0, settings.lastIndexOf('}')) + ", \"login\": \"optional\"}";
    }

    @Test
    void theSignInPanelFitsAPhoneScreenAndWorksByKeyboardUnderTheStrictPolicy() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(withOptionalLogin(PublishedCourse.settings(lrs.endpoint(), "lap", "pw")));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.manage().window().setSize(new Dimension(390, 844));
            chromium.driver.get(course.url());
            chromium.waitUntil("!document.getElementById('sign-in').hidden", 20_000);
            Object unlabelled = chromium.js("return [].filter.call(document.querySelectorAll('#sign-in input, #sign-in button'),"
                    + " function (c) { return !c.labels.length && !c.textContent.trim(); }).length;");
            assertEquals(0L, unlabelled);

            chromium.js("document.getElementById('learner-name').focus();");
            chromium.driver.switchTo().activeElement().sendKeys("Ada Lovelace", Keys.TAB);
            chromium.driver.switchTo().activeElement().sendKeys("ada@example", Keys.ENTER);
            assertEquals("learner-email", chromium.driver.switchTo().activeElement().getAttribute("id"));
            assertEquals("Enter a valid e-mail address, such as ada@example.com.",
                    chromium.driver.findElement(By.id("learner-email-problem")).getText());
            assertEquals(true, chromium.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    "the panel scrolls sideways on a phone");
            assertTrue(chromium.driver.findElement(By.id("sign-in-skip")).isDisplayed());
            chromium.screenshot(SCREENSHOTS.resolve("sign-in-phone.png"));

            chromium.driver.switchTo().activeElement().sendKeys(".com", Keys.ENTER);
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 3", 20_000);
            assertEquals("Signed in as Ada Lovelace (not you? Sign out)", chromium.driver.findElement(By.id("signed-in")).getText());
            assertEquals(true, chromium.js("return document.documentElement.scrollWidth <= window.innerWidth;"));
            assertEquals(List.of("mailto:ada@example.com"), lrs.statements().stream()
                    .map(s -> ((Map<?, ?>) s.get("actor")).get("mbox")).distinct().toList());
        }
    }

    @Test
    void everyPageFitsAPhoneScreenAndEveryControlHasALabel() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.manage().window().setSize(new Dimension(390, 844));
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime", 20_000);
            assertEquals(false, chromium.js("return document.getElementById('toc-panel').open;"), "the page list folded");
            chromium.click("#next");
            chromium.click("#next"); // the true-false question
            assertEquals(true, chromium.js("var box = document.querySelector('main form button[type=submit]').getBoundingClientRect();"
                    + " return box.bottom <= window.innerHeight;"), "the question and its button on the first screen");
            chromium.click("#toc-summary");
            assertEquals(true, chromium.js("return document.getElementById('toc-panel').open;"), "the page list opens");
            chromium.click("#toc li:nth-child(2) button");
            assertEquals(false, chromium.js("return document.getElementById('toc-panel').open;"), "and folds on a choice");
            long pages = (Long) chromium.js("return document.querySelectorAll('#toc button').length;");
            for (int page = 0; page < pages; page++) {
                chromium.js("document.querySelectorAll('#toc button')[" + page + "].click();");
                assertEquals(true, chromium.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
                        "page " + page + " scrolls sideways on a phone");
                Object unlabelled = chromium.js("return [].filter.call(document.querySelectorAll('main input, main select, main textarea, main button'),"
                        + " function (c) { return !c.labels.length && !c.getAttribute('aria-label') && !c.textContent.trim(); }).length;");
                assertEquals(0L, unlabelled, "controls without a label on page " + page);
            }
            chromium.screenshot(SCREENSHOTS.resolve("course-phone.png"));
        }
    }
}
