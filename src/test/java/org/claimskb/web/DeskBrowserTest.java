package org.claimskb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.claimskb.cli.CliRun;
import org.claimskb.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The desk in Debian's headless Chromium, as an analyst uses it: search, open a claim, read its
 * explanation; review drafts with the keyboard and the form; resolve a due prediction. Leaves a
 * screenshot per page in {@code target/desk-*.png}. Skipped where Chromium is not installed
 * ({@code .ci/run} installs it, and with CI=true bin/test fails on a skip).
 */
class DeskBrowserTest {

    @TempDir
    static Path profile;

    @TempDir
    Path dir;

    private static ChromeDriver driver;
    private DeskFixture kb;

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!HeadlessChromium.installed()) {
            return;
        }
        driver = HeadlessChromium.start(profile);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        kb = new DeskFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        if (kb != null) kb.close();
    }

    private void open(String path) {
        driver.get(kb.base() + path);
    }

    /** Waits (up to 20 s) until the condition holds on the page. */
    private static Waiter waiting() {
        return condition -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            RuntimeException last = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (condition.test(driver)) return;
                    last = null;
                } catch (RuntimeException notYet) {
                    last = notYet;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("timed out waiting on " + driver.getCurrentUrl() + (last == null ? "" : ": " + last));
        };
    }

    private interface Waiter {
        void until(java.util.function.Predicate<org.openqa.selenium.WebDriver> condition) throws InterruptedException;
    }

    /** A full-page screenshot of the current page as target/desk-NAME.png, and no console errors. */
    private static void shot(String name) throws Exception {
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 600) + 40, 8000)));
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path artifact = Path.of("target", "desk-" + name + ".png");
        Files.createDirectories(artifact.getParent());
        Files.copy(file, artifact, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), name + ": console errors " + severe);
    }

    @Test
    void searchOpenAClaimAndItsExplanationAddsUp() throws Exception {
        open("/search");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("NVIDIA");
        // htmx swaps the results in as one types (no page load).
        waiting().until(d -> d.findElements(By.cssSelector("li.hit mark")).size() > 0);
        assertTrue(driver.getCurrentUrl().contains("q=NVIDIA"), "the URL follows the query: " + driver.getCurrentUrl());
        driver.findElement(By.cssSelector("section.facet[data-facet=kind] a[href*='kind=prediction']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("li.hit")).size() == 2);
        shot("search");
        driver.findElement(By.cssSelector("li.hit[data-id='huang-2026/training-demand'] a.hit-text")).click();
        waiting().until(d -> d.findElements(By.cssSelector("svg.waterfall")).size() == 1);
        // The waterfall's bars chain: each starts where the last ended, and the total is sigmoid^-1 of the credibility.
        var bars = driver.findElements(By.cssSelector("svg.waterfall g.bar"));
        assertTrue(bars.size() >= 3, "prior, effects, total");
        double at = 0;
        for (int i = 0; i < bars.size() - 1; i++) {
            double from = Double.parseDouble(bars.get(i).getDomAttribute("data-from"));
            double to = Double.parseDouble(bars.get(i).getDomAttribute("data-to"));
            assertEquals(at, from, 1e-9, "bar " + i + " starts where the last ended");
            at = to;
        }
        double total = Double.parseDouble(bars.get(bars.size() - 1).getDomAttribute("data-to"));
        assertEquals(at, total, 1e-9);
        double cred = Double.parseDouble(driver.findElement(By.cssSelector("[data-credibility]")).getDomAttribute("data-credibility"));
        assertEquals(cred, 1 / (1 + Math.exp(-total)), 1e-9, "credibility = sigmoid(total)");
        shot("claim");
    }

    @Test
    void reviewEditAndAcceptTwoDraftsRejectOneAndValidatePasses() throws Exception {
        String before = kb.file();
        open("/review");
        shot("review-queue");
        driver.findElement(By.linkText("Start with the first")).click();
        waiting().until(d -> d.findElements(By.cssSelector("article.review-item[data-id='talk-2026/tpu-gains']")).size() == 1);
        // Validation as you type: a misspelt proposition in the stance shows the loader's message.
        WebElement stance = driver.findElement(By.id("f-stance"));
        stance.sendKeys("tpu-competitve for");
        waiting().until(d -> d.findElement(By.id("problems")).getText().contains("did you mean"));
        shot("review-invalid");
        stance.clear();
        stance.sendKeys("tpu-competitive for");
        waiting().until(d -> d.findElement(By.id("problems")).getText().contains("no problems"));
        shot("review-item");
        driver.findElement(By.cssSelector("button[name=accept]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("article.review-item[data-id='talk-2026/racks-heavier']")).size() == 1);
        assertTrue(driver.findElement(By.cssSelector(".notice")).getText().contains("Saved talk-2026/tpu-gains and accepted it"));
        // Keyboard: 'a' accepts the second draft as it is.
        driver.findElement(By.tagName("body")).sendKeys("a");
        waiting().until(d -> d.findElements(By.cssSelector("article.review-item[data-id='talk-2026/hostile']")).size() == 1);
        // 'r' rejects the third.
        driver.findElement(By.tagName("body")).sendKeys("r");
        waiting().until(d -> d.getCurrentUrl().contains("/review"));
        waiting().until(d -> d.findElements(By.cssSelector(".notice")).size() == 1
                && d.findElement(By.cssSelector(".notice")).getText().contains("Rejected talk-2026/hostile"));
        assertTrue(driver.getPageSource().contains("No drafts to review"), "the queue is empty");
        shot("review-done");
        String expected = before
                .replace("topics: [google-tpu]\n    status: draft", "topics: [google-tpu]\n    status: reviewed\n    stance: [{proposition: tpu-competitive, position: for}]")
                .replace("when: 2027\n    status: draft", "when: 2027\n    status: reviewed")
                .replace("""

                          - id: hostile
                            speaker: gavin-baker
                            kind: opinion
                            text: "<script>alert('x')</script> NVIDIA wins"
                            status: draft
                        """, "\n");
        assertEquals(expected, kb.file(), "the file on disk changed exactly so");
        CliRun validate = CliRun.of(dir, "validate");
        assertEquals(0, validate.status(), validate.err());
    }

    @Test
    void resolveADuePredictionAndTheTrackRecordShowsIt() throws Exception {
        open("/due");
        WebElement form = driver.findElement(By.id("resolve-huang-2026/training-demand"));
        form.findElement(By.cssSelector("select[name=outcome] option[value='true']")).click();
        WebElement date = form.findElement(By.name("date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2028-01-05'", date);
        form.findElement(By.name("evidence")).sendKeys("https://example.org/demand");
        shot("due");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".notice")).size() == 1);
        assertTrue(driver.findElement(By.cssSelector(".notice")).getText().contains("Recorded huang-2026/training-demand: true on 2028-01-05"));
        assertFalse(driver.getPageSource().contains("data-id=\"huang-2026/training-demand\""), "no longer due");
        open("/speaker?id=jensen-huang");
        WebElement row = driver.findElement(By.cssSelector("section.track tr[data-id='huang-2026/training-demand']"));
        assertTrue(row.getText().contains("true on 2028-01-05"), row.getText());
        shot("speaker");
        for (String page : List.of("speakers", "propositions", "disagreements", "sources")) {
            open("/" + page);
            shot(page);
        }
        open("/proposition?id=tpu-competitive");
        shot("proposition");
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    }
}
