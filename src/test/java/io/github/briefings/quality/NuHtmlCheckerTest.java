package io.github.briefings.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every HTML page of the example site passes the Nu HTML Checker (the W3C's HTML validator, {@code
 * nu.validator:validator}, run in this JVM on the built files) with no error. Warnings are allowed,
 * and printed. See docs/accessibility.md.
 */
class NuHtmlCheckerTest {

  /** The schema the checker uses for HTML files, as {@code vnu.jar} does by default. */
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  /** At most this many warnings are printed, the rest counted. */
  private static final int WARNINGS_SHOWN = 30;

  @TempDir static Path tmp;

  private static ExampleSite site;

  @BeforeAll
  static void build() throws Exception {
    site = ExampleSite.build(tmp);
  }

  @Test
  void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
    List<Path> files = site.pages().stream().map(site::file).toList();
    Messages messages = check(site.dir(), files);
    System.out.printf(
        "Nu HTML Checker: %d pages, %d errors, %d warnings%n",
        files.size(), messages.errors.size(), messages.warnings.size());
    messages.warnings.stream().limit(WARNINGS_SHOWN).forEach(System.out::println);
    if (messages.warnings.size() > WARNINGS_SHOWN) {
      System.out.printf("… and %d more warnings%n", messages.warnings.size() - WARNINGS_SHOWN);
    }
    assertThat(files).hasSizeGreaterThan(40);
    assertThat(messages.errors)
        .as("errors of the Nu HTML Checker in the pages of the example site")
        .isEmpty();
  }

  @Test
  void theCheckerReportsTheErrorsOfABadPage() throws Exception {
    Path bad = tmp.resolve("bad.html");
    Files.writeString(
        bad,
        """
        <!DOCTYPE html>
        <html lang="en"><head><title>Bad</title></head>
        <body><img src="x.png"><p><div>block</div></p></body></html>
        """);
    Messages messages = check(tmp, List.of(bad));
    assertThat(messages.errors)
        .anyMatch(
            e -> e.startsWith("bad.html:3:") && e.contains("“img” element must have an “alt”"))
        .anyMatch(e -> e.startsWith("bad.html:3:") && e.contains("No “p” element in scope"));
  }

  /** Checks {@code files} as {@code java -jar vnu.jar FILES} would (language detection on). */
  private static Messages check(Path root, List<Path> files) throws Exception {
    Messages messages = new Messages(root);
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
    validator.setUpMainSchema(HTML_SCHEMA, messages);
    validator.setUpValidatorAndParsers(messages, false, false);
    for (Path file : files) {
      validator.checkHtmlFile(file.toFile(), true);
    }
    // the checker configures log4j 1.2 for itself, at DEBUG; FreeMarker would then log every
    // template lookup of every later test of this JVM
    org.apache.log4j.LogManager.getLoggerRepository().setThreshold(org.apache.log4j.Level.OFF);
    return messages;
  }

  /** The checker's errors and warnings, as {@code path:line:col: message}. */
  private static final class Messages implements ErrorHandler {
    private final Path root;
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    Messages(Path root) {
      this.root = root;
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(line("warning", e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(line("error", e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(line("fatal error", e));
    }

    private String line(String level, SAXParseException e) {
      String where = e.getSystemId() == null ? "?" : e.getSystemId();
      if (where.startsWith("file:")) {
        where = root.relativize(Path.of(java.net.URI.create(where))).toString();
      }
      return where
          + ":"
          + e.getLineNumber()
          + ":"
          + e.getColumnNumber()
          + ": "
          + level
          + ": "
          + e.getMessage();
    }
  }
}
