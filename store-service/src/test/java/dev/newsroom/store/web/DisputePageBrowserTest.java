package dev.newsroom.store.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsroom.store.EventTopics;
import dev.newsroom.store.StackProperties;
import dev.newsroom.store.TestEvents.FishingDispute;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real browser (Debian chromium, headless) on the web page, over views the real consumer projected from the
 * test dataset: the dispute page shows the SVG timeline and both sides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "newsroom.mongo.database=browser-test", "newsroom.store.consumer-group=browser-test",
        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class DisputePageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final EventTopics TOPICS = new EventTopics(NewsroomStackExtension.stack(), "browser-test");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackProperties.register(registry, TOPICS);
    }

    @LocalServerPort
    int port;
    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
        profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theDisputePageShowsTheTimelineAndBothSides() throws Exception {
        TOPICS.publishArticles(FishingDispute.articles());
        TOPICS.publishStatements(FishingDispute.events());
        TOPICS.awaitConsumed("browser-test");

        browser.get("http://localhost:" + port + "/#/dispute/DEU~FRA");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg#timeline rect.mark")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no timeline; the page shows: " + browser.findElement(By.id("view")).getAttribute("innerHTML"), e);
        }

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("DEU ~ FRA");
        assertThat(browser.findElement(By.id("side-legend")).getText()).isEqualTo("DEU Germany · FRA France");
        assertThat(browser.findElement(By.cssSelector("section.side[data-side=DEU] abbr.side-code")).getAttribute("title"))
                .isEqualTo("Germany");
        assertThat(browser.findElements(By.cssSelector("#evidence ol.evidence a"))).extracting(WebElement::getText)
                .containsExactly("Quota row erupts", "Talks go on");
        List<WebElement> marks = browser.findElements(By.cssSelector("svg#timeline rect.mark"));
        assertThat(marks).extracting(m -> m.getAttribute("data-type"))
                .contains("PROTEST", "DEMAND", "REJECT", "APPROVE", "INTENT");
        assertThat(browser.findElements(By.cssSelector("svg#timeline rect.side-a"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg#timeline rect.side-b"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg#tone circle"))).hasSizeGreaterThanOrEqualTo(3);

        WebElement germany = browser.findElement(By.cssSelector("section.side[data-side=DEU]"));
        WebElement france = browser.findElement(By.cssSelector("section.side[data-side=FRA]"));
        assertThat(germany.findElements(By.cssSelector("article.statement"))).hasSize(2);
        assertThat(france.findElements(By.cssSelector("article.statement"))).hasSize(3);
        assertThat(germany.getText()).contains("Germany rejected the French demand.");
        assertThat(france.getText()).contains("The quota is unacceptable and must be withdrawn.");
        screenshot("dispute-page");

        // the evidence link leads to the article with the quote highlighted in the original text
        france.findElement(By.linkText("evidence →")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.focus")));
        assertThat(browser.findElement(By.cssSelector("#article-text mark.focus")).getText())
                .isEqualTo("France protested the new German quota on Monday.");
        assertThat(browser.findElement(By.cssSelector(".kicker")).getAttribute("textContent")).isEqualTo("Test Gazette · published 2 Mar 2030");
        screenshot("article-page");

        browser.get("http://localhost:" + port + "/#/actor/person:jean-martin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.type-group")));
        assertThat(browser.findElements(By.cssSelector("section.type-group"))).extracting(g -> g.getAttribute("data-type"))
                .containsExactly("INTENT", "DEMAND");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jean Martin");
        assertThat(browser.getPageSource()).contains("fisheries minister");
        assertThat(browser.findElements(By.cssSelector("#evidence ol.evidence a"))).extracting(WebElement::getText)
                .containsExactly("Quota row erupts", "Talks go on");
        screenshot("actor-page");

        // the home page names the side codes and links each dispute and actor to its evidence
        browser.get("http://localhost:" + port + "/#/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actors abbr.side-code")));
        assertThat(browser.findElements(By.cssSelector("#actors abbr.side-code"))).extracting(a -> a.getAttribute("title"))
                .contains("France", "Germany", "United Nations");
        browser.findElement(By.cssSelector("aside .panel a.evidence-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence ol.evidence a")));
        assertThat(browser.getCurrentUrl()).contains("#/dispute/DEU~FRA?evidence=1");
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
