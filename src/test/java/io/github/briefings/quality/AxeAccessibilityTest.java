package io.github.briefings.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages of the example site pass axe-core (every rule of its default run: WCAG 2.0, 2.1 and 2.2
 * at levels A and AA, and Deque's best practices) with no violation, in headless Chromium, as
 * readers get them over HTTP with their style sheet and photos, at a desktop and a phone size and
 * in the dark colour scheme. One page of each kind and language at least ({@link PageSamples}). See
 * docs/accessibility.md.
 */
class AxeAccessibilityTest {

  /** How the pages are looked at: each sample page is checked in each of these. */
  static final List<Screen> SCREENS =
      List.of(
          new Screen("desktop", 1280, 900, false, "light"),
          new Screen("phone", 390, 844, true, "light"),
          new Screen("desktop dark", 1280, 900, false, "dark"));

  private static final Axe AXE = Axe.bundled();

  @TempDir static Path tmp;

  private static ExampleSite site;
  private static StaticSite server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled("the axe check");
    site = ExampleSite.build(tmp);
    server = StaticSite.start(site.dir(), site.basePath());
    browser = chromium(tmp.resolve("chromium-profile"));
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

  @Test
  void everyExpectedGroupOfPagesIsCheckedInEveryLanguage() {
    List<SitePage> samples = PageSamples.of(site.pages());
    System.out.printf("axe-core checks %d pages in %d screens:%n", samples.size(), SCREENS.size());
    samples.forEach(p -> System.out.println("  " + p));
    for (String lang : List.of("fr", "en")) {
      assertThat(samples.stream().filter(p -> p.lang().equals(lang)).map(SitePage::group))
          .as("groups of pages checked in %s", lang)
          .containsAll(PageSamples.EXPECTED_GROUPS);
    }
    assertThat(samples.stream().map(SitePage::group)).containsAll(PageSamples.SITE_WIDE_GROUPS);
  }

  @Test
  void theCheckFindsTheViolationsOfABadPage() throws Exception {
    Files.writeString(
        site.dir().resolve("bad-page.html"),
        "<!DOCTYPE html><html><head><meta charset=utf-8></head><body>"
            + "<img src=x.png><p style=\"color:#bbb;background:#fff\">grey</p>"
            + "<a href=\"/\"></a></body></html>");
    browser.get(server.url("bad-page.html"));
    AXE.inject(browser);
    List<String> found = AXE.run(browser).violations();
    assertThat(found)
        .anyMatch(v -> v.startsWith("image-alt (critical) at [\"img\"]"))
        .anyMatch(v -> v.startsWith("color-contrast (serious) at [\"p\"]"))
        .anyMatch(v -> v.startsWith("link-name (serious)"))
        .anyMatch(v -> v.startsWith("html-has-lang (serious)"))
        .anyMatch(v -> v.startsWith("document-title (serious)"));
  }

  @TestFactory
  Stream<DynamicTest> everyKindOfPagePassesAxeInEveryScreen() {
    return PageSamples.of(site.pages()).stream()
        .map(page -> DynamicTest.dynamicTest(page.toString(), () -> check(page)));
  }

  /** Loads the page once, then looks at it in each screen (media queries apply at once). */
  private static void check(SitePage page) {
    browser.get(server.url(page.url()));
    AXE.inject(browser);
    List<String> found = new ArrayList<>();
    Set<String> review = new LinkedHashSet<>();
    String version = "?";
    for (Screen screen : SCREENS) {
      screen.apply(browser);
      Axe.Report report = AXE.run(browser);
      version = report.version();
      for (String v : report.violations()) {
        found.add(screen + ": " + v);
      }
      review.addAll(report.needsReview());
    }
    review.forEach(r -> System.out.printf("axe-core: needs review on %s: %s%n", page, r));
    assertThat(found).as("axe-core %s violations on %s", version, page).isEmpty();
  }

  private static ChromeDriver chromium(Path profile) {
    ChromeOptions chrome = HeadlessChromium.options(profile, 1280, 900, "--hide-scrollbars");
    ChromeDriver driver = HeadlessChromium.start(chrome);
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    return driver;
  }

  /**
   * A size and colour scheme to look at the pages in.
   *
   * @param name what the test report calls it
   * @param width the viewport's width in CSS pixels
   * @param height the viewport's height
   * @param mobile whether the browser behaves as a phone's (the page's {@code <meta name=viewport>}
   *     applies)
   * @param colorScheme {@code light} or {@code dark}, the {@code prefers-color-scheme} the page
   *     sees
   */
  record Screen(String name, int width, int height, boolean mobile, String colorScheme) {

    void apply(ChromeDriver browser) {
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
      browser.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of(
              "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    @Override
    public String toString() {
      return name + " (" + width + "×" + height + ", " + colorScheme + ")";
    }
  }
}
