package io.github.briefings.maven;

import io.github.briefings.Briefings;
import io.github.briefings.BuildReport;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.check.ExternalLink;
import io.github.briefings.problems.Problem;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;

/**
 * The parameters every goal that builds the site shares, and the logging of build and check
 * problems.
 */
public abstract class AbstractBriefingMojo extends AbstractMojo {

  /** The project folder holding {@code content/}, {@code site/} and {@code templates/}. */
  @Parameter(
      defaultValue = "${project.basedir}",
      property = "briefing.projectDirectory",
      required = true)
  protected File projectDirectory;

  /** Where the site is written; a relative path is resolved against the project folder. */
  @Parameter(
      defaultValue = "${project.build.directory}/briefing-site",
      property = "briefing.outputDirectory",
      required = true)
  protected File outputDirectory;

  /** Overrides {@code baseUrl} of {@code site/site.yaml} (GitHub Actions passes the Pages URL). */
  @Parameter(property = "briefing.baseUrl")
  protected String baseUrl;

  /** Publishes drafts too. */
  @Parameter(property = "briefing.drafts", defaultValue = "false")
  protected boolean drafts;

  /** Publishes briefings dated after the build's clock (embargoed) too. */
  @Parameter(property = "briefing.future", defaultValue = "false")
  protected boolean future;

  /** The build's clock, ISO 8601 with offset (e.g. {@code 2024-11-08T12:00:00Z}); default now. */
  @Parameter(property = "briefing.now")
  protected String now;

  /** Threads that render pages; default all cores. */
  @Parameter(property = "briefing.threads", defaultValue = "0")
  protected int threads;

  /** Builds the country and topic pages and feeds; switch off only to measure what they cost. */
  @Parameter(property = "briefing.termPages", defaultValue = "true")
  protected boolean termPages;

  /**
   * A Pagefind binary to index the site with, instead of the pinned version the plugin downloads
   * once into the local repository (nothing is downloaded then).
   */
  @Parameter(property = "briefing.pagefind")
  protected File pagefind;

  /** The local repository, under which the downloaded Pagefind is kept. */
  @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
  protected String localRepository;

  /** Maven's settings: the proxy the download goes through. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  protected Settings settings;

  /** Skips the goal. */
  @Parameter(property = "briefing.skip", defaultValue = "false")
  protected boolean skip;

  /** Where each build writes its report for CI: changed, next change, counts (docs/newsroom.md). */
  @Parameter(
      defaultValue = "${project.build.directory}/" + BuildReport.FILE_NAME,
      readonly = true,
      required = true)
  protected File buildReport;

  /** The engine's options from the parameters. */
  protected BuildOptions buildOptions() throws MojoExecutionException {
    OutputFolders.check(
        projectDirectory.toPath(),
        outputDirectory.toPath(),
        "briefing.outputDirectory",
        OutputFolders.SITE);
    BuildOptions options =
        BuildOptions.defaults(projectDirectory.toPath())
            .withOutputDir(outputDirectory.toPath())
            .withBaseUrl(baseUrl)
            .withDrafts(drafts)
            .withFuture(future)
            .withNow(parseNow(now))
            .withTermPages(termPages)
            .withSearch(SearchTool.options(pagefind, localRepository, settings));
    if (threads > 0) {
      options = options.withThreads(threads);
    }
    return options;
  }

  /**
   * Builds the site, writes its report, logs its problems and what was built; fails when the
   * content has errors.
   */
  protected BuildResult buildSite(BuildOptions options)
      throws MojoExecutionException, MojoFailureException {
    BuildResult result = Briefings.build(options, new ProgressLog(getLog()));
    writeReport(BuildReport.of(result));
    report(result, getLog());
    logBuilt(result);
    return result;
  }

  /** Writes the build's report for CI ({@code target/briefing-build.json}). */
  protected void writeReport(BuildReport report) throws MojoExecutionException {
    try {
      report.write(buildReport.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + buildReport + ": " + e.getMessage(), e);
    }
  }

  protected void logBuilt(BuildResult result) {
    for (String line : Summary.of(result)) {
      getLog().info(line);
    }
  }

  /** Logs every problem once at its level; fails with a one-line count when there are errors. */
  static void report(BuildResult result, Log log) throws MojoFailureException {
    logProblems(result.problems(), log);
    long errors = result.errorCount();
    if (errors > 0) {
      throw new MojoFailureException(
          count(errors, "error") + " in content; the previous site was left as it was");
    }
  }

  /** Logs a check's problems, its external links when asked, and a summary line. */
  static void logCheck(CheckResult result, boolean listExternal, Log log) {
    logProblems(result.problems(), log);
    if (listExternal) {
      Map<String, List<ExternalLink>> byUrl = new LinkedHashMap<>();
      for (ExternalLink link : result.externalLinks()) {
        byUrl.computeIfAbsent(link.url(), k -> new ArrayList<>()).add(link);
      }
      log.info("External links (listed, not fetched): " + byUrl.size());
      for (Map.Entry<String, List<ExternalLink>> e : byUrl.entrySet()) {
        ExternalLink first = e.getValue().get(0);
        int more = e.getValue().size() - 1;
        log.info(
            "  "
                + e.getKey()
                + "  ("
                + first.page()
                + (first.line() > 0 ? ":" + first.line() : "")
                + (more > 0 ? ", and " + more + " more" : "")
                + ")");
      }
    }
    log.info(
        String.format(
            "Checked %d pages and %d XML files (%d files) in %d ms: %s, %s%s",
            result.pages(),
            result.xmlFiles(),
            result.files(),
            result.millis(),
            count(result.errorCount(), "error"),
            count(result.warningCount(), "warning"),
            listExternal
                ? ""
                : ", "
                    + result.externalLinks().size()
                    + " external links not fetched (list them with -Dbriefing.listExternal)"));
  }

  static void logProblems(List<Problem> problems, Log log) {
    for (Problem problem : problems) {
      if (problem.isError()) {
        log.error(problem.toString());
      } else {
        log.warn(problem.toString());
      }
    }
  }

  static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static Instant parseNow(String text) throws MojoExecutionException {
    if (text == null || text.isBlank()) {
      return Instant.now();
    }
    try {
      return java.time.OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text.strip());
      } catch (DateTimeParseException e2) {
        throw new MojoExecutionException(
            "briefing.now must be an ISO 8601 time with offset, "
                + "e.g. 2024-11-08T12:00:00Z, not '"
                + text
                + "'");
      }
    }
  }
}
