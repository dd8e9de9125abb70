package org.courseruntime.demo.bench;

import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.CourseUi;

/**
 * A learner who acts through the page's own DOM: clicks, typing and choices made by a script in the page, with the
 * events a browser fires for them. Unlike WebDriver's element commands, it leaves no element references of
 * chromedriver's in the page's JS heap, which the memory figure reads.
 */
final class ScriptedLearner implements CourseUi {
    private final ChromiumBrowser chromium;

    ScriptedLearner(ChromiumBrowser chromium) {
        this.chromium = chromium;
    }

    @Override
    public void click(String css) {
        chromium.driver.executeScript("document.querySelector(arguments[0]).click();", css);
    }

    @Override
    public void type(String css, String text) {
        chromium.driver.executeScript("var field = document.querySelector(arguments[0]); field.focus();"
                + " field.value += arguments[1]; field.dispatchEvent(new Event('input', {bubbles: true}));", css, text);
    }

    @Override
    public void choose(String css, String value) {
        chromium.driver.executeScript("var list = document.querySelector(arguments[0]); list.value = arguments[1];"
                + " list.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    @Override
    public Object eval(String expression) {
        return chromium.eval(expression);
    }
}
