package org.carebridge.e2e.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** One user's headless Chromium: signs in through the real Keycloak login page, drives pages, takes screenshots. */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final String gateway;
    private final String user;

    private Browser(String gateway, String user, Dimension size) {
        Chromium.ensureInstalled();
        this.gateway = gateway;
        this.user = user;
        try {
            Path profile = Files.createTempDirectory("carebridge-chromium-" + user);
            ChromeOptions options = new ChromeOptions().setBinary(Chromium.BROWSER.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                            "--lang=en-GB", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Chromium.DRIVER.toFile()).usingAnyFreePort().build();
            this.driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().window().setSize(size);
    }

    /** A desktop-sized window. */
    public static Browser of(String gateway, String user) {
        return new Browser(gateway, user, new Dimension(1366, 900));
    }

    /** Opens a page of the web client; the first time that is Keycloak's login page, which this fills in. */
    public Browser signIn(String path) {
        driver.get(gateway + path);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        screenshot("00-keycloak-login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        driver.findElement(By.id("kc-login")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("who-name")));
        return this;
    }

    /** Opens a page and waits until it is drawn; prints how long that took (a figure, not an assertion). */
    public Browser open(String path) {
        long start = System.nanoTime();
        load(path);
        System.out.printf("[page-timing] %-8s %-60s %5d ms%n", user, path, (System.nanoTime() - start) / 1_000_000);
        return this;
    }

    private void load(String path) {
        driver.get(gateway + path);
        waitFor(d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null
                && d.findElements(By.cssSelector("#main .loading")).isEmpty());
    }

    /**
     * Reloads a page (each time until it is drawn) until its main part shows a text, for what travels over Kafka and so
     * reaches a page that is not live some moments later.
     */
    public Browser reloadUntil(String path, String text) {
        waitFor(d -> {
            load(path);
            return d.findElement(By.id("main")).getText().contains(text);
        });
        return this;
    }

    /** What the page's own session gets from a GET of the URL (e.g. a download link), as text. */
    public String fetchText(String url) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", url);
    }

    /** Clicks the first link in the table row that shows the text. */
    public Browser clickRowWith(String text) {
        String literal = "'" + text.replace("'", "") + "'";
        waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//tr[contains(., " + literal + ")]//a"))).click();
        return this;
    }

    /** Clicks the element (e.g. a row's Edit button) in the table row that shows the text. */
    public Browser clickInRowWith(String text, String css) {
        String literal = "'" + text.replace("'", "") + "'";
        waitFor(d -> d.findElement(By.xpath("//tr[contains(., " + literal + ")]")).findElement(By.cssSelector(css)))
                .click();
        return this;
    }

    /** The text of the table row that shows the text. */
    public String rowWith(String text) {
        String literal = "'" + text.replace("'", "") + "'";
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[contains(., " + literal + ")]"))).getText();
    }

    /** Resizes the window, e.g. to a tablet's 1024 x 768. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Opens a page, waits for one of its elements and saves its screenshot. */
    public Browser visit(String path, String css, String screenshot) {
        open(path).find(css);
        screenshot(screenshot);
        return this;
    }

    /** Navigates without waiting for a page of the client (e.g. to land on the login page). */
    public void driverGet(String path) {
        driver.get(gateway + path);
    }

    public WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public Browser click(String css) {
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A script that answers by calling its last argument (e.g. after a dynamic import), within the driver's timeout. */
    public Object scriptAsync(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return waitFor((java.util.function.Function<org.openqa.selenium.WebDriver, T>) condition::apply);
    }

    /** Waits for the condition; on timeout the page is saved as a failed-... screenshot, and its address told. */
    public <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        try {
            // a page redrawn while it is read (a refresh after saving) is read again, not a failure; polled every
            // 50 ms, not Selenium's 500, or the page timings open() prints are rounded up to the next half second
            return new WebDriverWait(driver, WAIT, POLL).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-" + user + "-" + System.currentTimeMillis());
            throw new AssertionError(user + "'s browser waited in vain at " + driver.getCurrentUrl() + " (see " + shot + ")", e);
        }
    }

    /**
     * Saves the whole page as target/screenshots/&lt;name&gt;.png (the window grows to the page's height). A page of the
     * web client (not Keycloak's, not a failure) is first audited for accessibility: every page shown is checked.
     */
    public Path screenshot(String name) {
        if (driver.getCurrentUrl().startsWith(gateway) && !name.startsWith("failed-")) {
            AccessibilityAudit.audit(driver, name);
        }
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(4000, Math.max(before.getHeight(), height.intValue() + 120))));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Closes the browsers a walk opened; one never opened (a test that failed before) is null. */
    public static void closeAll(Browser... browsers) {
        for (Browser b : browsers) {
            if (b != null) {
                b.close();
            }
        }
    }
}
