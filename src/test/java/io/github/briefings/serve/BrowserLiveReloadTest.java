package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.HeadlessChromium;
import io.github.briefings.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live reload in a real browser: headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) driven by Selenium keeps one page open while the test edits the briefing on
 * disk; the test never navigates after the first load.
 */
class BrowserLiveReloadTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String FILE = "content/2024/treaty.md";

  @TempDir Path tmp;

  private Path project;
  private final java.util.concurrent.BlockingQueue<Preview.Rebuilt> builds =
      new java.util.concurrent.LinkedBlockingQueue<>();
  private Preview preview;
  private WebDriver browser;

  @BeforeEach
  void start() throws Exception {
    HeadlessChromium.assumeInstalled(getClass().getSimpleName());
    project = tmp.resolve("project");
    new TestProject(project)
        .briefing(FILE, "Russia ratifies the treaty", "2024-11-06T18:00:00+01:00", "");
    ServeOptions options =
        ServeOptions.defaults(project)
            .withAddress("127.0.0.1", 0)
            .withFixedNow(Instant.parse("2024-12-01T00:00:00Z"));
    preview =
        Preview.start(
            options.withBuild(options.build().withThreads(2)),
            rebuilt -> {
              if (!rebuilt.changed().isEmpty()) {
                builds.add(rebuilt);
              }
            });

    ChromeOptions chrome = HeadlessChromium.options(tmp.resolve("chromium-profile"), 1200, 900);
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
  void theOpenPageFollowsEditsAndShowsTheErrorsOfABrokenBuild() throws Exception {
    Path file = project.resolve(FILE);
    browser.get(preview.url() + "2024/11/treaty/");
    assertThat(h1()).isEqualTo("Russia ratifies the treaty");
    // a marker that survives only as long as the page is not reloaded
    js("window.__marker = 'same page';");
    String good = Files.readString(file);

    Files.writeString(
        file, good.replace("Russia ratifies the treaty", "Russia ratifies the defence treaty"));
    waitFor(() -> h1().equals("Russia ratifies the defence treaty"), "the new title");
    assertThat(js("return window.__marker === undefined;")).isEqualTo(true);
    assertThat(browser.getCurrentUrl()).isEqualTo(preview.url() + "2024/11/treaty/");

    Files.writeString(file, good.replace("countries: [RU, KP]", "countries: [RU, RK]"));
    waitFor(() -> !overlayLines().isEmpty(), "the error overlay");
    assertThat(overlayLines())
        .singleElement()
        .asString()
        .startsWith("content/2024/treaty.md:6:17: error: unknown country code 'RK'");
    assertThat(browser.findElement(By.id("__briefings-errors")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("__briefings-errors")).getText())
        .contains("Build failed: 1 error");

    Files.writeString(
        file, good.replace("Russia ratifies the treaty", "Russia ratifies the treaty, fixed"));
    waitFor(
        () ->
            browser.findElements(By.id("__briefings-errors")).isEmpty()
                && h1().equals("Russia ratifies the treaty, fixed"),
        "the overlay to go and the fixed page");
  }

  @Test
  void aPageOpenedWhileTheBuildIsBrokenShowsTheErrors() throws Exception {
    Path file = project.resolve(FILE);
    Files.writeString(
        file, Files.readString(file).replace("topics: [defence]", "topics: [defense]"));
    Preview.Rebuilt rebuilt = builds.poll(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    assertThat(rebuilt).isNotNull();
    assertThat(rebuilt.result().succeeded()).isFalse();

    browser.get(preview.url() + "2024/11/treaty/");
    waitFor(
        () -> !overlayLines().isEmpty(),
        "the error overlay on a page opened while the build is broken");
    assertThat(overlayLines().get(0))
        .contains("error: undeclared topic 'defense' (did you mean defence?)");
    // the last good page stays underneath
    assertThat(h1()).isEqualTo("Russia ratifies the treaty");
  }

  private String h1() {
    List<WebElement> h1 = browser.findElements(By.tagName("h1"));
    return h1.isEmpty() ? "" : (String) js("return arguments[0].textContent;", h1.get(0));
  }

  private List<String> overlayLines() {
    return browser.findElements(By.cssSelector("#__briefings-errors .__briefings-error")).stream()
        .map(e -> (String) js("return arguments[0].textContent;", e))
        .toList();
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
