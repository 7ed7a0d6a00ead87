package dev.platina.benchmarks;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the web UI of a running platform from a real browser (Debian's headless Chromium): how long the
 * sign-in page and the dashboard take to become usable (median of 20 loads each), and how much server heap a
 * signed-in session holds with its page open (heap after a full GC, before and after 10 more sessions, each in
 * its own open browser, read with jcmd).
 *
 * <pre>java -cp benchmarks.jar dev.platina.benchmarks.UiSessionProbe http://127.0.0.1:8080 platform admin PASSWORD PID</pre>
 */
public final class UiSessionProbe {

    private static final int LOADS = 20;
    private static final int SESSIONS = 10;

    private UiSessionProbe() {
    }

    public static void main(String[] args) throws Exception {
        String origin = args[0];
        long pid = Long.parseLong(args[4]);
        ChromeDriver driver = browser();
        try {
            List<Long> login = new ArrayList<>();
            for (int i = 0; i <= LOADS; i++) {
                long time = timeUntil(driver, origin + "/login", "#login-username input");
                if (i > 0) {
                    login.add(time);
                }
            }
            signIn(driver, origin, args[1], args[2], args[3]);
            List<Long> dashboard = new ArrayList<>();
            for (int i = 0; i <= LOADS; i++) {
                long time = timeUntil(driver, origin + "/", "#dashboard");
                if (i > 0) {
                    dashboard.add(time);
                }
            }
            System.out.printf("sign-in page usable: median %d ms of %d loads (min %d, max %d)%n", median(login),
                    LOADS, Collections.min(login), Collections.max(login));
            System.out.printf("dashboard usable:    median %d ms of %d loads (min %d, max %d)%n", median(dashboard),
                    LOADS, Collections.min(dashboard), Collections.max(dashboard));

            long before = heapUsedAfterGc(pid);
            // Each session in a browser of its own that stays on the dashboard: leaving a page closes its UI.
            List<ChromeDriver> open = new ArrayList<>();
            try {
                for (int i = 0; i < SESSIONS; i++) {
                    ChromeDriver browser = browser();
                    open.add(browser);
                    signIn(browser, origin, args[1], args[2], args[3]);
                }
            } finally {
                long after = heapUsedAfterGc(pid);
                System.out.printf("heap per signed-in session: %d KiB (%d sessions on the dashboard, %d KiB -> %d KiB "
                        + "after full GC)%n", (after - before) / open.size(), open.size(), before, after);
                open.forEach(ChromeDriver::quit);
            }
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver browser() throws java.io.IOException {
        Path profile = Files.createTempDirectory("probe");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }

    private static long timeUntil(WebDriver driver, String url, String css) {
        long start = System.nanoTime();
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void signIn(WebDriver driver, String origin, String organization, String user, String password) {
        timeUntil(driver, origin + "/login", "#login-username input");
        driver.findElement(By.cssSelector("#login-organization input")).clear();
        driver.findElement(By.cssSelector("#login-organization input")).sendKeys(organization);
        driver.findElement(By.cssSelector("#login-username input")).sendKeys(user);
        driver.findElement(By.cssSelector("#login-password input")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("dashboard")).isEmpty());
    }

    private static long heapUsedAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap figure");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
