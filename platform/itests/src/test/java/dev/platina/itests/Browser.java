package dev.platina.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through ChromeDriver, with the helpers the UI tests share. Each instance has
 * its own empty profile, so tests never share cookies.
 */
final class Browser implements AutoCloseable {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    final ChromeDriver driver;
    private final Path profile;
    private final String origin;

    Browser(String origin, Dimension size) {
        this.origin = origin;
        try {
            profile = Files.createTempDirectory("platina-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // This machine has no route to Google's services: without these flags Chromium keeps trying.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
    }

    void open(String path) {
        driver.get(origin + path);
    }

    /** Waits for Vaadin to finish the round trip the last action started. */
    void settle() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    WebElement find(String css) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            if (!found.get(0).isDisplayed()) {
                // Scrolled out of a scrolling layout counts as not displayed; hidden stays hidden after this.
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                        found.get(0));
            }
            return found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    /** Scrolls the element into the middle of the window once it is in the page (Selenium skips what is off screen). */
    void reveal(String css) {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("const e = document.querySelector("
                + "arguments[0]); if (!e) return false; e.scrollIntoView({block: 'center'}); return true;", css))
                ? Boolean.TRUE : null);
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String fieldCss, String text) {
        WebElement input = find(fieldCss + " input");
        input.clear();
        input.sendKeys(text);
    }

    void click(String css) {
        WebElement element = find(css);
        // Centred first: a bar fixed at the bottom of the page would take a click at the very edge.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        settle();
    }

    /** Clicks the grid cell showing exactly this text; grids keep reused, hidden rows in the page too. */
    void clickGridCell(String text) {
        waitUntil(d -> gridCell(text));
        gridCell(text).click();
        settle();
    }

    /** Whether a grid shows a row with a cell of exactly this text. */
    boolean gridShows(String text) {
        return gridCell(text) != null;
    }

    private WebElement gridCell(String text) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-grid-cell-content')].find(c =>"
                        + " c.textContent.trim() === arguments[0] && c.assignedSlot"
                        + " && !c.assignedSlot.closest('tr').hidden) || null;", text);
    }

    /** Opens a Vaadin select and picks the option whose label contains this text. */
    void pick(String selectCss, String optionText) {
        click(selectCss);
        WebElement option = waitUntil(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('vaadin-select-item')].find(i =>"
                        + " i.textContent.includes(arguments[0])) || null;", optionText));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
        settle();
    }

    /**
     * The text of the page's light DOM, overlays (dialogs, notifications) included. Vaadin renders content there;
     * Selenium's visible text misses what sits behind a modal dialog.
     */
    String text() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.textContent"));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(Duration.ofSeconds(20), condition);
    }

    <T> T waitUntil(Duration patience, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, patience).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError("Timed out on " + driver.getCurrentUrl() + "; screenshot " + shot
                    + "; page text: " + text(), e);
        }
    }

    void waitForText(String text) {
        waitUntil(d -> text().contains(text) ? Boolean.TRUE : null);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the login page and waits for the dashboard. */
    void signIn(String organization, String username, String password) {
        open("/login");
        type("#login-organization", organization);
        type("#login-username", username);
        type("#login-password", password);
        click("#login-submit");
        find("#dashboard");
    }

    /** Sends a Chrome DevTools Protocol command to the page's target. */
    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Sets what the site may do, as a person's answer to the prompt would: granted, denied or prompt. */
    void setPermission(String permission, String setting) {
        cdp("Browser.setPermission", Map.of("permission", Map.of("name", permission), "setting", setting,
                "origin", origin));
    }

    /** Runs the script in every page before the page's own scripts, from the next navigation on. */
    void beforeEveryPage(String script) {
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** Cuts the page off the network (navigator.onLine turns false and the 'offline' event fires), or back on. */
    void offline(boolean offline) {
        cdp("Network.enable", Map.of());
        cdp("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
