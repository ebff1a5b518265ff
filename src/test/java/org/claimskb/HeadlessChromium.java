package org.claimskb;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The browser the browser tests drive: Debian's Chromium and chromedriver, headless, with no
 * network of its own and the console log kept. {@code -Dclaims.chromium=...} and
 * {@code -Dclaims.chromedriver=...} point elsewhere.
 */
public final class HeadlessChromium {
    public static final Path CHROMIUM = Path.of(System.getProperty("claims.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("claims.chromedriver", "/usr/bin/chromedriver"));
    /** Why a browser test is skipped, and what to install. */
    public static final String MISSING = "needs Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver fonts-noto-cjk)";

    private HeadlessChromium() {}

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new headless browser with its profile in a fresh folder under {@code dir}. */
    public static ChromeDriver start(Path dir) throws IOException {
        // Selenium's optional CDP bindings complain about Chromium's newer version; nothing here uses them.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
