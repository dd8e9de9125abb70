package org.courseruntime.demo.support;

import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through chromedriver, with the flags this closed-network machine needs. */
public final class ChromiumBrowser implements CourseUi, AutoCloseable {
    public final ChromeDriver driver;

    /** A new headless Chromium; {@code extraArguments} are added to its command line (the benchmarks expose gc). */
    public ChromiumBrowser(String... extraArguments) throws Exception {
        this(null, extraArguments);
    }

    /** A new headless Chromium that saves downloads into {@code downloads} without asking. */
    public static ChromiumBrowser downloadingTo(java.nio.file.Path downloads) throws Exception {
        return new ChromiumBrowser(downloads);
    }

    private ChromiumBrowser(java.nio.file.Path downloads, String... extraArguments) throws Exception {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1100,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.addArguments(extraArguments);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    @Override
    public void type(String css, String text) {
        driver.findElement(By.cssSelector(css)).sendKeys(text);
    }

    @Override
    public void choose(String css, String value) {
        driver.findElement(By.cssSelector(css + " option[value='" + value + "']")).click();
    }

    @Override
    public Object eval(String expression) {
        return js("return " + expression + ";");
    }

    /** Saves what the window shows as a PNG. */
    public void screenshot(java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /**
     * The errors in the console since the last call: the page's and the browser's about the page (such as a refused
     * header), but not the browser's note of each answer that is not a 2xx ("Failed to load resource"), which any
     * 404 or 429 of an LRS makes and no script can prevent.
     */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> !message.contains(" - Failed to load resource: "))
                .toList();
    }

    public Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Waits until the JS expression {@code condition} is true, or fails after {@code millis}. */
    public void waitUntil(String condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!Boolean.TRUE.equals(js("return !!(" + condition + ");"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Still not true after " + millis + " ms: " + condition);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
