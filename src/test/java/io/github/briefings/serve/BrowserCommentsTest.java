package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.HeadlessChromium;
import io.github.briefings.TestProject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Comments on consent in a real browser: a briefing page served by the preview, under the base path
 * {@code /briefings/}, makes no request to any host but the preview's until the reader presses
 * "Show comments"; then giscus's script is in the page with the briefing's settings and key.
 * Chromium resolves no name but the preview's, so giscus itself never loads: the test watches the
 * request go out. Chromium's network events (its performance log) see every request the page makes,
 * whether or not it succeeds.
 */
class BrowserCommentsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CLIENT = "https://giscus.app/client.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Preview preview;
  private WebDriver browser;
  private final List<String> requested = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    HeadlessChromium.assumeInstalled(getClass().getSimpleName());
    Path project = tmp.resolve("project");
    new TestProject(project)
        .withComments()
        .briefing("content/fr.md", "Le traité", "2024-11-06T18:00:00+01:00", "slug: traite\n")
        .briefing(
            "content/en.md", "The treaty", "2024-11-06T18:00:00+01:00", "lang: en\nslug: treaty\n");
    ServeOptions options =
        ServeOptions.defaults(project)
            .withAddress("127.0.0.1", 0)
            .withFixedNow(Instant.parse("2024-12-01T00:00:00Z"));
    preview = Preview.start(options.withBuild(options.build().withThreads(2)), rebuilt -> {});

    ChromeOptions chrome =
        HeadlessChromium.options(
            tmp.resolve("chromium-profile"),
            1200,
            900,
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    // every network event of the page: requests that fail (no Internet here) are in it too
    chrome.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
    browser = HeadlessChromium.start(chrome);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void aFrenchBriefingLoadsNothingFromGiscusBeforeThePressThenInsertsItsScript() {
    checkPage("2024/11/traite/", "/2024/11/traite/", "fr", "Afficher les commentaires");
  }

  @Test
  void anEnglishBriefingDoesTheSameInEnglish() {
    checkPage("en/2024/11/treaty/", "/en/2024/11/treaty/", "en", "Show comments");
  }

  private void checkPage(String sitePath, String term, String lang, String label) {
    String origin = preview.origin();
    assertThat(preview.url().getPath()).isEqualTo("/briefings/");
    // what the browser's own start page fetched is not the briefing page's
    browser.get("about:blank");
    requestedUrls();
    requested.clear();
    browser.get(preview.url() + sitePath);
    WebElement button = browser.findElement(By.cssSelector("#comments button"));
    // comments.js, from the site itself, shows the button once the page has loaded
    waitFor(button::isDisplayed, "the button shown by comments.js");
    waitFor(() -> "complete".equals(js("return document.readyState;")), "the page to load");
    assertThat(button.getText()).isEqualTo(label);

    List<String> before = requestedUrls();
    assertThat(before)
        .as("what the page requested before the press")
        .contains(origin + "/briefings/comments.js")
        .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
    assertThat(resourceUrls()).allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
    assertThat(browser.findElements(By.cssSelector("iframe, script[src*='giscus']"))).isEmpty();

    button.click();

    waitFor(
        () -> !browser.findElements(By.cssSelector("script[src='" + CLIENT + "']")).isEmpty(),
        "the giscus script");
    WebElement script = browser.findElement(By.cssSelector("script[src='" + CLIENT + "']"));
    assertThat(script.getDomAttribute("data-repo")).isEqualTo("newsroom/briefings");
    assertThat(script.getDomAttribute("data-repo-id")).isEqualTo("R_kgDOabc123");
    assertThat(script.getDomAttribute("data-category")).isEqualTo("Q&A \"live\" <b>");
    assertThat(script.getDomAttribute("data-category-id")).isEqualTo("DIC_kwDOabc123");
    assertThat(script.getDomAttribute("data-mapping")).isEqualTo("specific");
    assertThat(script.getDomAttribute("data-term")).isEqualTo(term);
    assertThat(script.getDomAttribute("data-strict")).isEqualTo("1");
    assertThat(script.getDomAttribute("data-reactions-enabled")).isEqualTo("1");
    assertThat(script.getDomAttribute("data-emit-metadata")).isEqualTo("0");
    assertThat(script.getDomAttribute("data-input-position")).isEqualTo("bottom");
    assertThat(script.getDomAttribute("data-theme")).isEqualTo("preferred_color_scheme");
    assertThat(script.getDomAttribute("data-lang")).isEqualTo(lang);
    assertThat(script.getDomAttribute("crossorigin")).isEqualTo("anonymous");
    assertThat(js("return arguments[0].async;", script)).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("script[src='" + CLIENT + "']"))).hasSize(1);
    // the category's markup stayed text
    assertThat(browser.findElements(By.cssSelector("#comments b"))).isEmpty();

    // the button goes; focus and the live region tell the reader what happens
    assertThat(button.isDisplayed()).isFalse();
    WebElement status = browser.findElement(By.cssSelector("#comments [role=status]"));
    assertThat(js("return document.activeElement === arguments[0];", status)).isEqualTo(true);
    String loading = browser.findElement(By.id("comments")).getDomAttribute("data-loading");
    String failed = browser.findElement(By.id("comments")).getDomAttribute("data-failed");
    assertThat(status.getText()).isIn(loading, failed);
    // giscus.app does not resolve here: the script fails, and the reader is told so
    waitFor(() -> failed.equals(status.getText()), "the message that giscus could not load");

    // the network log saw the request go out on the press, and only then
    waitFor(() -> requestedUrls().contains(CLIENT), "the request for giscus's script");
  }

  /**
   * The URL of every request the page has sent so far (Chromium's log empties as it is read, so
   * what it held is kept in {@link #requested}).
   */
  private List<String> requestedUrls() {
    for (LogEntry entry : browser.manage().logs().get("performance")) {
      JsonNode message;
      try {
        message = JSON.readTree(entry.getMessage()).path("message");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("unreadable performance log entry", e);
      }
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        String url = message.path("params").path("request").path("url").asText();
        if (!url.startsWith("data:")) {
          requested.add(url);
        }
      }
    }
    return List.copyOf(requested);
  }

  /** What the page's Resource Timing lists: a second view of what it fetched. */
  @SuppressWarnings("unchecked")
  private List<String> resourceUrls() {
    return (List<String>)
        js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void waitFor(java.util.function.BooleanSupplier condition, String what) {
    new WebDriverWait(browser, WAIT)
        .withMessage("waiting for " + what)
        .until(
            d -> {
              try {
                return condition.getAsBoolean();
              } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
              }
            });
  }
}
