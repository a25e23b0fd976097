package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.HeadlessChromium;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.search.SearchOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a real browser (headless Chromium, as in {@link BrowserLiveReloadTest}): the example
 * site of this repository built with the real Pagefind, served under its base path by the preview's
 * server.
 */
class BrowserSearchTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String BASE = "/briefings/";

  @TempDir static Path tmp;

  private static PreviewServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled("the search browser test");
    Path out = tmp.resolve("site");
    String repo = System.getProperty("briefing.test.repository");
    BuildOptions options =
        BuildOptions.defaults(Path.of("").toAbsolutePath())
            .withOutputDir(out)
            .withNow(Instant.parse("2024-12-01T12:00:00Z"))
            .withThreads(2)
            .withSearch(
                SearchOptions.indexing(
                    null, repo == null || repo.contains("${") ? null : Path.of(repo), null));
    BuildResult result = Briefings.build(options);
    assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
    server =
        PreviewServer.start("127.0.0.1", 0, out, () -> BASE, new LiveReload(Duration.ofSeconds(5)));

    ChromeOptions chrome = HeadlessChromium.options(tmp.resolve("chromium-profile"), 1200, 900);
    browser = HeadlessChromium.start(chrome);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String path) {
    return server.origin() + BASE + path;
  }

  /** The result links, once at least {@code atLeast} are shown. */
  private static List<String> results(int atLeast) {
    new WebDriverWait(browser, WAIT)
        .until(d -> d.findElements(By.cssSelector(".pagefind-ui__result-link")).size() >= atLeast);
    return browser.findElements(By.cssSelector(".pagefind-ui__result-link")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  private static WebElement searchField() {
    return new WebDriverWait(browser, WAIT)
        .until(d -> d.findElement(By.cssSelector(".pagefind-ui__search-input")));
  }

  @Test
  void aWordOfOneFrenchBriefingFindsItFirstWithFrenchStemming() {
    browser.get(url("search/"));
    searchField().sendKeys("Koursk");
    List<String> found = results(1);
    assertThat(found.get(0)).isEqualTo(url("2024/11/russie-coree-du-nord-traite/"));
    assertThat(found).hasSize(1);
    // its lead photo's smallest copy shows with the result
    WebElement image = browser.findElement(By.cssSelector(".pagefind-ui__result-image"));
    assertThat(image.getAttribute("src")).contains(BASE + "media/").contains(".480.");
  }

  @Test
  void aFrenchPluralFindsTheSingularsBriefingThroughFrenchStemming() {
    browser.get(url("search/?q=ratifications"));
    assertThat(results(1).get(0)).isEqualTo(url("2024/11/russie-coree-du-nord-traite/"));
  }

  @Test
  void theHeaderFieldOpensTheSearchPageWhichSearchesOnArrival() {
    browser.get(url(""));
    WebElement field = browser.findElement(By.cssSelector("form[role=search] input[name=q]"));
    field.sendKeys("Koursk", Keys.ENTER);
    new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("/search/?q="));
    assertThat(browser.getCurrentUrl()).isEqualTo(url("search/?q=Koursk"));
    assertThat(results(1).get(0)).isEqualTo(url("2024/11/russie-coree-du-nord-traite/"));
  }

  @Test
  void aCountryFilterNarrowsTheResults() {
    browser.get(url("search/?q=novembre"));
    assertThat(results(2).size()).isGreaterThan(1);
    WebElement romania =
        new WebDriverWait(browser, WAIT)
            .until(
                d ->
                    d.findElements(By.cssSelector(".pagefind-ui__filter-name")).stream()
                        .filter(e -> e.getText().strip().equals("Pays"))
                        .findFirst()
                        .orElse(null));
    romania.click();
    WebElement box =
        browser.findElements(By.cssSelector(".pagefind-ui__filter-value")).stream()
            .filter(e -> e.getText().contains("Roumanie"))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("input[type=checkbox]"));
    box.click();
    new WebDriverWait(browser, WAIT)
        .until(d -> d.findElements(By.cssSelector(".pagefind-ui__result-link")).size() == 1);
    assertThat(results(1)).containsExactly(url("2024/11/roumanie-presidentielle-premier-tour/"));
  }

  @Test
  void anEnglishWordFindsTheEnglishBriefingWithEnglishStemming() {
    browser.get(url("en/search/"));
    searchField().sendKeys("Kursk");
    List<String> found = results(1);
    assertThat(found).containsExactly(url("en/2024/11/russia-north-korea-treaty/"));
    // a plural the text does not have finds the singular's briefing: English stemming
    browser.get(url("en/search/?q=ceasefires"));
    assertThat(results(1).get(0)).isEqualTo(url("en/2024/11/israel-hezbollah-ceasefire/"));
  }

  @Test
  void anEnglishCountryFilterNarrowsTheResults() {
    browser.get(url("en/search/?q=november"));
    assertThat(results(2).size()).isGreaterThan(1);
    browser.findElements(By.cssSelector(".pagefind-ui__filter-name")).stream()
        .filter(e -> e.getText().strip().equals("Country"))
        .findFirst()
        .orElseThrow()
        .click();
    browser.findElements(By.cssSelector(".pagefind-ui__filter-value")).stream()
        .filter(e -> e.getText().contains("Lebanon"))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("input[type=checkbox]"))
        .click();
    new WebDriverWait(browser, WAIT)
        .until(d -> d.findElements(By.cssSelector(".pagefind-ui__result-link")).size() == 1);
    assertThat(results(1)).containsExactly(url("en/2024/11/israel-hezbollah-ceasefire/"));
  }
}
