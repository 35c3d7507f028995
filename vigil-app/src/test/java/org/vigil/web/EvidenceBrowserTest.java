package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.evidence.Sha256;
import org.vigil.evidence.TestMedia;

/**
 * A witness report sent through the page's form in a real headless Chromium (Debian's chromium and chromium-driver):
 * the place picked on the map, a photo with EXIF under a hostile file name, the submission key; then the event's
 * evidence panel with the thumbnail, the SHA-256 and the metadata marked as the file's claim; nothing hostile runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE_NAME = "<img src=x onerror=window.__xss=1>.jpg";
    private DemoServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path photo;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String msg = "Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            Assumptions.abort(msg);
        }
        server = new DemoServer(Files.createDirectories(dir.resolve("store")), null);
        photo = Files.createDirectories(dir.resolve("files")).resolve(HOSTILE_NAME);
        Files.write(photo, TestMedia.withExif(TestMedia.jpeg(TestMedia.picture(9, 900, 600), 0.9f), "2026:10:30 18:45:00",
                29.6190, 51.6540));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReportSentThroughTheFormShowsItsEvidenceInTheEvent() throws Exception {
        browser.get(server.base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        browser.findElement(By.id("open-submit")).click();
        WebElement text = wait.until(d -> d.findElement(By.id("s-text")));
        text.sendKeys("Outside the <b onmouseover=window.__xss=1>Kazerun</b> bazaar I watched police arrest 9 shopkeepers "
                + "on Friday evening and take them away in a van.");
        browser.findElement(By.id("s-place")).sendKeys("Kazerun bazaar");
        browser.findElement(By.id("s-pick")).click();
        new Actions(browser).moveToElement(browser.findElement(By.id("map")), 40, -60).click().perform();
        wait.until(d -> !d.findElement(By.id("s-lat")).getAttribute("value").isEmpty());
        browser.findElement(By.id("s-files")).sendKeys(photo.toString());
        browser.findElement(By.id("s-contact")).sendKeys("browser-contact-marker");
        browser.findElement(By.id("s-consent")).click();
        browser.findElement(By.id("s-key")).sendKeys(DemoServer.SUBMISSION_KEY);
        browser.findElement(By.id("s-send")).click();
        WebElement sent = wait.until(d -> {
            WebElement m = d.findElement(By.id("s-message"));
            return m.getAttribute("class").equals("sent") || m.getAttribute("class").equals("refused") ? m : null;
        });
        assertEquals("sent", sent.getAttribute("class"), sent.getText());
        String sha = Sha256.hex(Files.readAllBytes(photo));
        assertTrue(sent.getText().contains(sha), sent.getText());

        browser.get(server.base() + "/#event=" + eventWith(sha));
        WebElement file = wait.until(d -> d.findElement(By.cssSelector("#evidence-block .evidence-file[data-sha256='" + sha + "']")));
        assertEquals(sha, file.findElement(By.cssSelector("code.sha256")).getText());
        assertTrue(file.getText().contains(HOSTILE_NAME), "the file name is shown as text: " + file.getText());
        assertTrue(file.getText().contains("2026-10-30T18:45:00"), file.getText());
        assertTrue(file.getText().contains("claimed by the file's metadata"), file.getText());
        WebElement thumb = file.findElement(By.cssSelector("img.thumb"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", thumb)).intValue() > 0);
        assertTrue(!browser.getPageSource().contains("browser-contact-marker"), "the contact is not on the page");
        Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertEquals(null, flag, "nothing hostile ran");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("evidence-block")));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "web-evidence.png"), StandardCopyOption.REPLACE_EXISTING);
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }

    /** The id of the event whose evidence holds this file. */
    private String eventWith(String sha) {
        JsonNode all = DemoServer.json(server.get("/api/events?limit=1000&min_confidence=0&historical="));
        for (JsonNode e : all.get("events")) {
            JsonNode detail = DemoServer.json(server.get("/api/events/" + e.get("id").asText()));
            for (JsonNode f : detail.get("evidence")) {
                if (f.get("sha256").asText().equals(sha)) {
                    return e.get("id").asText();
                }
            }
        }
        throw new AssertionError("no event shows the file " + sha);
    }
}
