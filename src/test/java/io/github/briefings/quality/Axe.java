package io.github.briefings.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page a browser shows: the {@code axe.min.js} that Deque's {@code
 * com.deque.html.axe-core:selenium} jar bundles, injected once per page, then run with its default
 * rules as many times as the page is looked at (at each screen size), sending back only the
 * violations.
 *
 * @param source the script
 */
record Axe(String source) {

  /** Runs every rule of the default run; the passes and inapplicable rules are not sent back. */
  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations']})"
          + ".then(r => done(JSON.stringify({version: r.testEngine.version, violations: r.violations,"
          + " incomplete: r.incomplete.map(i => i.id + (i.nodes.length ? ' at ' + JSON.stringify(i.nodes[0].target)"
          + " + ': ' + ((i.nodes[0].any[0] || {}).message || '') : ''))})),"
          + " e => done(JSON.stringify({error: String(e)})));";

  /** The script of the jar on the class path. */
  static Axe bundled() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the test class path: com.deque.html.axe-core:selenium brings it");
      }
      return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts axe-core into the page the browser shows now (again after every navigation). */
  void inject(WebDriver browser) {
    ((JavascriptExecutor) browser).executeScript(source);
  }

  /** Runs axe-core on the page as the browser lays it out now. */
  Report run(WebDriver browser) {
    Object json = ((JavascriptExecutor) browser).executeAsyncScript(RUN);
    try {
      JsonNode result = new ObjectMapper().readTree((String) json);
      if (result.has("error")) {
        throw new IllegalStateException("axe-core failed: " + result.path("error").asText());
      }
      List<String> lines = new ArrayList<>();
      for (JsonNode rule : result.path("violations")) {
        for (JsonNode node : rule.path("nodes")) {
          lines.add(line(rule, node));
        }
      }
      List<String> review = new ArrayList<>();
      result.path("incomplete").forEach(id -> review.add(id.asText()));
      return new Report(result.path("version").asText(), lines, review);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rule, impact, target selector, what the rule asks, what to fix, the element, the help page. */
  private static String line(JsonNode rule, JsonNode node) {
    return rule.path("id").asText()
        + " ("
        + node.path("impact").asText(rule.path("impact").asText())
        + ") at "
        + node.path("target")
        + ": "
        + rule.path("help").asText()
        + "\n      "
        + node.path("failureSummary").asText().replace("\n", "\n      ")
        + "\n      "
        + node.path("html").asText()
        + "\n      "
        + rule.path("helpUrl").asText();
  }

  /**
   * What one run found.
   *
   * @param version the version of axe-core that ran
   * @param violations one line per element in violation of a rule
   * @param needsReview the rules axe-core could not decide on some element (its "incomplete"
   *     results, such as the contrast of text over a photo): not failures, for a human to look at
   */
  record Report(String version, List<String> violations, List<String> needsReview) {
    Report {
      violations = List.copyOf(violations);
      needsReview = List.copyOf(needsReview);
    }
  }
}
