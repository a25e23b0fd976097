package io.github.briefings.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Pagefind binary over a built site: {@code pagefind --site SITE --output-path BUNDLE}. Its
 * output is captured (and shown only when it fails); a run that takes longer than the timeout is
 * stopped.
 *
 * @param binary the Pagefind executable
 * @param timeout how long a run may take
 */
public record Pagefind(Path binary, Duration timeout) {

  /** The bundle's folder under the site root, and so its URL path. */
  public static final String BUNDLE = "pagefind";

  /** How long a run may take by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  public Pagefind(Path binary) {
    this(binary, DEFAULT_TIMEOUT);
  }

  /**
   * Indexes the pages of {@code site} into {@code bundle} (created; what it held is replaced).
   *
   * @throws SearchToolException when Pagefind cannot start, fails or takes too long
   */
  public void index(Path site, Path bundle) throws SearchToolException {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.add("--site");
    command.add(site.toString());
    command.add("--output-path");
    command.add(bundle.toString());
    command.add("--quiet");
    Path log = null;
    Process process = null;
    try {
      log = Files.createTempFile("briefing-pagefind-", ".log");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(devNull()))
              .start();
      boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        process.destroyForcibly();
        throw new SearchToolException(
            "Pagefind took more than "
                + timeout.toMinutes()
                + " minutes to index "
                + site
                + " and was stopped");
      }
      if (process.exitValue() != 0) {
        throw new SearchToolException(
            "Pagefind failed to index "
                + site
                + " (exit code "
                + process.exitValue()
                + "): "
                + tail(log));
      }
    } catch (IOException e) {
      throw new SearchToolException("cannot run Pagefind (" + binary + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new SearchToolException("interrupted while Pagefind indexed " + site, e);
    } finally {
      if (log != null) {
        try {
          Files.deleteIfExists(log);
        } catch (IOException e) {
          // a temporary file left behind; nothing to tell
        }
      }
    }
  }

  /**
   * The version Pagefind reports ({@code pagefind 1.6.0}).
   *
   * @throws SearchToolException when it cannot be run
   */
  public String version() throws SearchToolException {
    try {
      Process process =
          new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readNBytes(4096);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SearchToolException("Pagefind (" + binary + ") did not answer --version");
      }
      return new String(out, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new SearchToolException("cannot run Pagefind (" + binary + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchToolException("interrupted while asking Pagefind its version", e);
    }
  }

  private static java.io.File devNull() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** The last lines Pagefind printed, at most 2,000 characters. */
  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return "it printed nothing";
    }
    return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
  }
}
