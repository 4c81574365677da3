package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The status page of a running {@code newsflow run} in a real headless Chromium: it shows the stored
 * bundled samples' titles, and a title made of HTML markup as plain text (nothing of it runs).
 * Uses Debian's packaged chromium and chromedriver ({@code .ci/run} installs them); without them
 * this test fails rather than skips, and Selenium never downloads a driver or a browser.
 */
@Timeout(300)
class StatusPageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "status-page.png");

    @TempDir
    Path work;

    private static ChromeDriver headlessChromium(Path profile) {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver)").isExecutable();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    private static List<String> shownTitles(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#latest .article-title")).stream().map(WebElement::getText).toList();
    }

    /** The lag column of the enrich and sink rows. */
    private static List<String> lagCells(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#lag tbody tr td:last-child")).stream().map(WebElement::getText).toList();
    }

    @Test
    void shouldShowStoredTitlesAsTextOnTheLivePage() throws Exception {
        Path items = work.resolve("items");
        SampleItems.writeBundled(items);
        SampleItems.writeScriptTitled(items);
        String chineseTitle = SampleItems.chineseTitle();

        try (InProcessCli run = InProcessCli.start("run", "--input", items.toString(),
                "--data-dir", work.resolve("data").toString(), "--http-port", "0")) {
            String page = run.endpoint();
            ChromeDriver browser = headlessChromium(Files.createDirectories(work.resolve("chromium-profile")));
            try {
                browser.get(page);
                new WebDriverWait(browser, Duration.ofSeconds(180)).withMessage("the stored titles on the status page")
                        .until(driver -> shownTitles(browser).contains(chineseTitle)
                                && shownTitles(browser).contains(SampleItems.SCRIPT_TITLE));

                assertThat(browser.findElement(By.id("ready")).getText()).isEqualTo("ready");
                new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage("no lag left on the status page once all is stored")
                        .until(driver -> lagCells(browser).equals(List.of("0", "0")));
                assertThat(browser.findElements(By.cssSelector("#latest script"))).as("script elements among the titles").isEmpty();
                assertThat(browser.getTitle()).as("the page title the markup would have changed").isEqualTo("newsflow status");
                assertThat(browser.findElement(By.id("languages")).getText()).contains("zh");
                assertThat(browser.findElement(By.id("throughput")).getText()).contains("sink", "enrich", "ingest");
                File screenshot = browser.getScreenshotAs(OutputType.FILE);
                Files.copy(screenshot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }
}
