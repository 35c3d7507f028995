package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
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

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded):
 * the Kazerun marker, both death tolls with their claimants and the disputed mark, the quote highlighted in
 * its document, a hostile document shown as text, and no console error anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "browser-test-token";
    private static final String HOSTILE = "Shiraz, May 22, 2018 - Security forces killed 6 protesters in Shiraz on Tuesday, "
            + "the <img src=x onerror=\"window.__xss=1\"> Rights Desk said. <script>window.__xss=1</script> "
            + "Details: <a href=\"javascript:window.__xss=1\">open</a>. <svg/onload=\"window.__xss=1\"><circle r=\"9\"/></svg> "
            + "<iframe src=\"javascript:window.__xss=1\"></iframe> The \u202Eksed sthgiR\u202C Rights Desk said.\n";
    private DemoServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String hostileId;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String msg = "Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            Assumptions.abort(msg);
        }
        server = new DemoServer(dir, TOKEN);
        hostileId = DemoServer.json(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents?publisher=Rights%20Desk"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(HOSTILE)).build())).get("id").asText();
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(),
                options(Files.createDirectories(dir.resolve("profile"))));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        return o;
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
    void theKazerunMarkerLeadsToBothTollsAndTheQuote() throws Exception {
        browser.get(server.base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        openPlace("Kazerun");
        WebElement killed = wait.until(d -> d.findElement(By.cssSelector("section.event .figure-kind[data-kind='killed']")));
        assertFalse(killed.findElements(By.cssSelector(".badge.disputed")).isEmpty(), "the disputed mark");
        List<WebElement> claims = killed.findElements(By.cssSelector(".claim"));
        List<String> values = claims.stream().map(c -> c.findElement(By.cssSelector(".value")).getText()).sorted().toList();
        assertEquals(List.of("3", "4"), values);
        assertTrue(claims.stream().anyMatch(c -> c.getText().contains("according to Mike Pompeo")), killed.getText());
        List<WebElement> steps = browser.findElements(By.cssSelector("section.event .chain-step[data-relation='repression']"));
        assertTrue(steps.stream().anyMatch(s -> s.getText().startsWith("repression of: PROTEST")),
                "the shooting's panel links to the protest it met: " + steps.stream().map(WebElement::getText).toList());
        WebElement pompeo = claims.stream().filter(c -> "Mike Pompeo".equals(c.getAttribute("data-claimant"))).findFirst().orElseThrow();
        String quote = pompeo.findElement(By.cssSelector(".quote")).getText();
        pompeo.click();
        WebElement mark = wait.until(d -> d.findElement(By.cssSelector("#doc-text mark.quote")));
        assertEquals(quote, "“" + mark.getText() + "”");
        screenshot("web-e2e.png");
        assertNoConsoleErrors();
    }

    @Test
    void theTimelineBrushFiltersTheList() {
        browser.get(server.base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        String before = browser.findElement(By.id("status")).getText();
        WebElement timeline = browser.findElement(By.id("timeline"));
        int w = timeline.getSize().getWidth();
        new Actions(browser).moveToElement(timeline, -w / 2 + 20, 0).clickAndHold().moveByOffset(w / 4, 0).release().perform();
        wait.until(d -> d.findElement(By.id("status")).getText().contains(" from "));
        assertFalse(before.equals(browser.findElement(By.id("status")).getText()));
        assertNoConsoleErrors();
    }

    @Test
    void aHostileDocumentIsShownAsTextAndNothingInItRuns() throws Exception {
        JsonNode doc = DemoServer.json(server.get("/api/documents/" + hostileId));
        JsonNode claim = doc.get("claims").get(0);
        browser.get(server.base() + "/#doc=" + hostileId + "&start=" + claim.get("start").asInt() + "&end=" + claim.get("end").asInt());
        WebElement text = wait.until(d -> d.findElement(By.id("doc-text")));
        wait.until(d -> text.getText().contains("Rights Desk"));
        assertTrue(text.getText().contains("<script>window.__xss=1</script>"), text.getText());
        assertTrue(text.findElements(By.tagName("img")).isEmpty() && text.findElements(By.tagName("script")).isEmpty()
                && text.findElements(By.tagName("a")).isEmpty() && text.findElements(By.tagName("svg")).isEmpty()
                && text.findElements(By.tagName("iframe")).isEmpty());
        browser.get(server.base() + "/#place=");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        String event = DemoServer.json(server.get("/api/events?q=Shiraz")).get("events").get(0).get("id").asText();
        browser.get(server.base() + "/#event=" + event);
        wait.until(d -> d.findElement(By.cssSelector("section.event .claim")));
        Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertEquals(null, flag, "a script from the document ran");
        screenshot("web-hostile.png");
        assertNoConsoleErrors();
    }

    @Test
    void twoReviewersOnOneEventTheLockHoldsThenTheSecondVerifies() throws Exception {
        var accounts = new org.vigil.review.Accounts(server.store.reviews(), java.time.Clock.systemUTC());
        var root = accounts.create(null, "root", org.vigil.review.Role.ADMIN, "test");
        var admin = accounts.authenticate(root.token(), "test").orElseThrow();
        String ana = accounts.create(admin, "ana", org.vigil.review.Role.REVIEWER, "test").token();
        String ben = accounts.create(admin, "ben", org.vigil.review.Role.REVIEWER, "test").token();
        String id = DemoServer.json(server.get("/api/events?type=protest")).get("events").get(0).get("id").asText();
        String first = browser.getWindowHandle();
        try {
            reviewTwice(id, ana, ben, first);
        } finally {
            for (String h : browser.getWindowHandles()) {
                if (!h.equals(first)) {
                    browser.switchTo().window(h);
                    browser.close();
                }
            }
            browser.switchTo().window(first);
            browser.manage().logs().get(LogType.BROWSER);
        }
    }

    private void reviewTwice(String id, String ana, String ben, String first) throws Exception {
        signIn(ana, "ana");
        browser.get(server.base() + "/#event=" + id);
        wait.until(d -> d.findElement(By.cssSelector("#review-block [data-op='assign']"))).click();
        wait.until(d -> "in_review".equals(fresh("#review-block .badge.state", "data-state")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("edit-field"))).selectByValue("place");
        browser.findElement(By.id("edit-value")).sendKeys("Kazerun");
        browser.findElement(By.id("op-reason")).sendKeys("the town the report names");
        browser.findElement(By.cssSelector("#review-block [data-op='edit']")).click();
        wait.until(d -> "Kazerun, IR".equals(fresh("table.pins tr[data-field='place'] td.pinned", null)));

        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        signIn(ben, "ben");
        browser.get(server.base() + "/#event=" + id);
        wait.until(d -> d.findElement(By.cssSelector("#review-block [data-op='verify']"))).click();
        wait.until(d -> String.valueOf(fresh("#review-message", null)).startsWith("locked"));
        assertTrue(fresh("#review-message", null).contains("ana"), fresh("#review-message", null));

        browser.switchTo().window(first);
        browser.findElement(By.cssSelector("#review-block [data-op='release']")).click();
        wait.until(d -> "release: done".equals(fresh("#review-message", null)));

        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(first)).findFirst().orElseThrow());
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("op-reason"))).sendKeys("checked against the report");
        browser.findElement(By.cssSelector("#review-block [data-op='verify']")).click();
        wait.until(d -> "verified".equals(fresh("#review-block .badge.state", "data-state")));
        wait.until(d -> d.findElements(By.cssSelector("#review-history li[data-op='verify']")).size() == 1);
        screenshot("web-review.png");
        @SuppressWarnings("unchecked")
        List<String> history = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#review-history li')].map(li => li.textContent);");
        assertTrue(history.get(0).contains("ana: assign") && history.stream().anyMatch(h -> h.contains("ben: verify")), history.toString());
        browser.get(server.base() + "/#");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        wait.until(d -> fresh(".event-item[data-event-id='" + id + "'] .badge.state", "data-state") != null);
        assertEquals("verified", fresh(".event-item[data-event-id='" + id + "'] .badge.state", "data-state"),
                "the state shows on the list row");
        browser.get(server.base() + "/#review");
        wait.until(d -> d.findElements(By.cssSelector(".queue-item")).size() > 0);
        assertTrue(browser.findElements(By.cssSelector(".queue-item[data-event-id='" + id + "']")).isEmpty(),
                "a verified event leaves the queue");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("status of 409")).toList();
        assertEquals(List.of(), errors, "console errors other than the refused (409) verify");
    }

    /** The text (or an attribute) of the element the selector finds now, or null; re-rendering never makes it stale. */
    private String fresh(String css, String attribute) {
        return (String) ((JavascriptExecutor) browser).executeScript("const e = document.querySelector(arguments[0]);"
                + "return e === null ? null : arguments[1] === null ? e.textContent : e.getAttribute(arguments[1]);", css, attribute);
    }

    private void signIn(String token, String name) {
        browser.get(server.base() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        List<WebElement> out = browser.findElements(By.id("sign-out"));
        if (!out.isEmpty()) {
            out.get(0).click();
        }
        wait.until(d -> d.findElement(By.id("token"))).sendKeys(token);
        browser.findElement(By.cssSelector("#sign-in button")).click();
        wait.until(d -> d.findElement(By.id("signed-in")).getText().startsWith(name));
    }

    /** Clicks the place's marker, zooming into the clusters that hold it first, as a person would. */
    private void openPlace(String place) {
        for (int step = 0; step < 6; step++) {
            List<WebElement> marker = browser.findElements(By.cssSelector("path.vigil-marker[data-place='" + place + "']"));
            if (!marker.isEmpty()) {
                clickVisiblePart(marker.get(0));
                return;
            }
            WebElement cluster = browser.findElements(By.cssSelector("path.vigil-cluster")).stream()
                    .filter(c -> List.of(c.getAttribute("data-places").split("\\|")).contains(place)).findFirst()
                    .orElseThrow(() -> new AssertionError("no marker or cluster for " + place));
            clickVisiblePart(cluster);
            wait.until(d -> {
                try {
                    return !cluster.isDisplayed();
                } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                    return true;
                }
            });
        }
        Assertions.fail("the " + place + " marker never came out of its cluster");
    }

    /** Clicks where the marker itself is on top (a neighbouring place's marker may cover its centre), as a person would. */
    private void clickVisiblePart(WebElement marker) {
        @SuppressWarnings("unchecked")
        List<Number> offset = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const m = arguments[0], r = m.getBoundingClientRect(), d = r.width * 0.3;"
                + "const cx = r.left + r.width / 2, cy = r.top + r.height / 2;"
                + "for (const [dx, dy] of [[0, 0], [-d, 0], [d, 0], [0, -d], [0, d]]) {"
                + "  if (document.elementFromPoint(cx + dx, cy + dy) === m) return [Math.round(dx), Math.round(dy)]; }"
                + "return null;", marker);
        assertTrue(offset != null, "a marker is hidden under others");
        new Actions(browser).moveToElement(marker, offset.get(0).intValue(), offset.get(1).intValue()).click().perform();
    }

    private void screenshot(String name) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }
}
