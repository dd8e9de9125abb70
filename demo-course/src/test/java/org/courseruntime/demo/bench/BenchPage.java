package org.courseruntime.demo.bench;

import java.time.Duration;
import java.util.Map;
import org.courseruntime.demo.support.ChromiumBrowser;

/** A benchmark page opened in Chromium, read once it has handed over its figures (window.benchResult). */
final class BenchPage {
    private BenchPage() {
    }

    /** Opens {@code url} and returns its figures; fails with the page's error if it reported one. */
    static Map<?, ?> run(ChromiumBrowser chromium, String url, Duration timeout) throws InterruptedException {
        chromium.driver.get(url);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Object error = chromium.js("return window.benchError || null;");
            if (error != null) {
                throw new IllegalStateException(url + " failed: " + error);
            }
            Object result = chromium.js("return window.benchResult || null;");
            if (result != null) {
                return (Map<?, ?>) result;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(url + " gave no result within " + timeout.toSeconds() + " s");
    }

    /** A number of a page's figures (WebDriver hands over whole numbers as Long, the others as Double). */
    static double number(Map<?, ?> figures, String name) {
        Object value = figures.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("No figure " + name + " in " + figures);
        }
        return number.doubleValue();
    }
}
