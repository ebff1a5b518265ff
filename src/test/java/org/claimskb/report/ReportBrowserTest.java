package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.claimskb.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the HTML report in Debian's headless Chromium, as a reader would: it must render its
 * sections and charts with no console errors, and hostile text must not run. Leaves a
 * screenshot in {@code target/report-screenshot.png}. Skipped where Chromium is not installed
 * ({@code .ci/run} installs it).
 */
class ReportBrowserTest {


    @TempDir
    static Path dir;

    private static ChromeDriver driver;


    /** Each test is skipped with the reason (an assumption in @BeforeAll would leave no reason in the report). */
    @BeforeEach
    void requireBrowser() {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!HeadlessChromium.installed()) {
            return;
        }
        driver = HeadlessChromium.start(dir);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path write(ReportFixture fixture, String name) throws Exception {
        Path out = dir.resolve(name);
        ReportWriter.write(ReportBuilder.build(fixture.kb, fixture.analysis), EnumSet.of(ReportFormat.HTML), out);
        return out.resolve("report.html");
    }

    private static List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Test
    void rendersTheReportWithoutConsoleErrorsAndSavesAScreenshot() throws Exception {
        Path html = write(ReportFixture.plain(), "plain");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(html.toUri().toString());

        assertEquals("Credibility report", driver.findElement(By.tagName("h1")).getText());
        List<String> sections = driver.findElements(By.cssSelector("h2[id]")).stream()
                .map(h -> h.getDomAttribute("id")).toList();
        assertEquals(List.of("key-findings", "verdicts", "contradictions", "speakers", "interests", "predictions",
                "methodology"), sections);
        assertTrue(driver.findElement(By.id("verdicts")).isDisplayed());
        assertEquals(3, driver.findElements(By.cssSelector("svg.chart")).size());
        WebElement chart = driver.findElement(By.id("chart-credibility"));
        assertTrue(chart.getSize().getWidth() > 600, "charts take the column's width: " + chart.getSize());
        assertTrue(severeConsoleMessages().isEmpty(), "console errors: " + severeConsoleMessages());

        // The whole page, not just the first screen.
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 16_000)));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path artifact = Path.of("target", "report-screenshot.png");
        Files.createDirectories(artifact.getParent());
        Files.copy(shot, artifact, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(artifact) > 10_000, "screenshot written: " + artifact.toAbsolutePath());
    }

    @Test
    void namesACjkCapableFontSoJapaneseAndChineseQuotesAreNotBoxes() throws Exception {
        driver.get(write(ReportFixture.plain(), "fonts").toUri().toString());
        for (String selector : List.of("body", "h1", "code")) {
            String family = (String) ((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector(arguments[0])).fontFamily", selector);
            assertTrue(family.contains("Noto Sans CJK") || family.contains("Noto Serif CJK"),
                    selector + " font stack names a CJK face: " + family);
        }
    }

    @Test
    void hostileTextDoesNotRunInTheBrowser() throws Exception {
        Path html = write(ReportFixture.hostile(), "hostile");
        driver.get(html.toUri().toString());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an injected script ran");
        assertEquals(0, driver.findElements(By.tagName("script")).size());
        assertEquals(0, driver.findElements(By.tagName("img")).size());
        assertTrue(driver.findElement(By.tagName("h3")).getText().contains("<script>alert(1)</script>"));
        assertTrue(severeConsoleMessages().isEmpty(), "console errors: " + severeConsoleMessages());
    }
}
