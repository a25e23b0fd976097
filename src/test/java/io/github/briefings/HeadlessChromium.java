package io.github.briefings;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests: the same switches for every test (no background
 * traffic, no sync, its own profile), and one clear skip when it is not installed.
 */
public final class HeadlessChromium {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  /**
   * Skips the calling test, saying why, when chromium-driver is missing ({@code .ci/run} installs
   * it).
   */
  public static void assumeInstalled(String test) {
    if (!Files.isExecutable(CHROMEDRIVER)) {
      String why =
          CHROMEDRIVER
              + " is missing: install Debian's chromium and chromium-driver "
              + "(apt-get install chromium chromium-driver; .ci/run does) to run "
              + test;
      System.out.println("SKIPPED " + test + ": " + why);
      assumeTrue(false, why);
    }
  }

  /**
   * The options of a browser with its profile in {@code profile}, its window {@code width} by
   * {@code height}, and {@code more} switches.
   */
  public static ChromeOptions options(Path profile, int width, int height, String... more) {
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(CHROMIUM.toFile());
    List<String> switches =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile));
    switches.addAll(List.of(more));
    chrome.addArguments(switches);
    return chrome;
  }

  /** Starts a browser with {@code options}, driven through Debian's chromedriver. */
  public static ChromeDriver start(ChromeOptions options) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
