package org.courseruntime.demo.support;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.WebConnectionWrapper;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.javascript.JavaScriptErrorListener;

/** A learner's browser (HtmlUnit, Chrome profile) that records the console and every script error. */
public final class LearnerBrowser implements CourseUi, AutoCloseable {
    public final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    public final List<String> consoleWarnings = new CopyOnWriteArrayList<>();
    public final List<String> scriptErrors = new CopyOnWriteArrayList<>();
    /** The URL of every request the browser made, in order. */
    public final List<String> requested = new CopyOnWriteArrayList<>();
    private final WebClient client = new WebClient(BrowserVersion.CHROME);
    private HtmlPage page;

    public LearnerBrowser() {
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(false);
        client.setJavaScriptErrorListener(new ErrorRecorder());
        client.getWebConsole().setLogger(new ConsoleRecorder());
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                requested.add(request.getUrl().toString());
                return super.getResponse(request);
            }
        };
    }

    public HtmlPage open(String url) throws Exception {
        page = client.getPage(url);
        return page;
    }

    /** Evaluates {@code expression} in the page the window shows now (the page itself may have moved on). */
    public Object js(String expression) {
        if (client.getCurrentWindow().getEnclosedPage() instanceof HtmlPage shown) {
            page = shown;
        }
        return page.executeJavaScript(expression).getJavaScriptResult();
    }

    /** Lets timers and requests run until {@code condition} (a JS expression) is true; fails after {@code millis}. */
    public void waitUntil(String condition, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!Boolean.TRUE.equals(js("!!(" + condition + ")"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Still not true after " + millis + " ms: " + condition + "; status "
                        + js("window.courseRuntime ? JSON.stringify(courseRuntime.status()) : 'no runtime'")
                        + "; console errors " + consoleErrors + "; script errors " + scriptErrors);
            }
            client.waitForBackgroundJavaScript(100);
        }
    }

    /** Lets timers and requests run for {@code millis}. */
    public void idle(long millis) {
        client.waitForBackgroundJavaScriptStartingBefore(millis);
        client.waitForBackgroundJavaScript(millis);
    }

    @Override
    public Object eval(String expression) {
        return js(expression);
    }

    @Override
    public void click(String css) throws Exception {
        element(css).click();
    }

    @Override
    public void type(String css, String text) throws Exception {
        element(css).type(text);
    }

    @Override
    public void choose(String css, String value) {
        HtmlSelect select = (HtmlSelect) element(css);
        select.setSelectedAttribute(value, true);
    }

    private HtmlElement element(String css) {
        HtmlElement element = page.querySelector(css);
        if (element == null) {
            throw new AssertionError("No element matches " + css + " on " + page.getUrl());
        }
        return element;
    }

    /** What the course page tells the learner when tracking has a problem, or null when it shows none. */
    public String problemForTheLearner() {
        return visibleText("tracking-problem") == null ? null : visibleText("tracking-problem-text");
    }

    /** The exact problem the course page keeps for the course's author (under "Details"), or null when none is shown. */
    public String problemForTheAuthor() {
        return visibleText("tracking-problem") == null ? null
                : (String) js("document.getElementById('tracking-problem-detail').textContent");
    }

    /** The visible text of the element with {@code id}, or {@code null} when it is hidden or absent. */
    public String visibleText(String id) {
        var element = page.getElementById(id);
        return element == null || !element.isDisplayed() ? null : element.getVisibleText();
    }

    @Override
    public void close() {
        client.close();
    }

    private final class ErrorRecorder implements JavaScriptErrorListener {
        @Override
        public void scriptException(HtmlPage page, ScriptException e) {
            scriptErrors.add(e.getMessage());
        }

        @Override
        public void timeoutError(HtmlPage page, long allowed, long executionTime) {
            scriptErrors.add("timeout after " + executionTime + " ms");
        }

        @Override
        public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
            scriptErrors.add("malformed script URL " + url);
        }

        @Override
        public void loadScriptError(HtmlPage page, URL url, Exception e) {
            scriptErrors.add("could not load " + url + ": " + e);
        }

        @Override
        public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
            scriptErrors.add("warning: " + message);
        }
    }

    private final class ConsoleRecorder implements WebConsole.Logger {
        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public void trace(Object message) {
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(Object message) {
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(Object message) {
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(Object message) {
            consoleWarnings.add(String.valueOf(message));
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(Object message) {
            consoleErrors.add(String.valueOf(message));
        }
    }
}
