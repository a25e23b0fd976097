package io.github.briefings.maven;

import io.github.briefings.BuildReport;
import io.github.briefings.PublishReport;
import io.github.briefings.SitePublisher;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.publish.AccessToken;
import io.github.briefings.publish.Change;
import io.github.briefings.publish.PublishException;
import io.github.briefings.publish.PublishOptions;
import io.github.briefings.publish.PublishResult;
import java.io.File;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds and checks the site, then commits it to a branch ({@code gh-pages}) of the project's git
 * repository and pushes it. The commit is made without touching the working tree; a site that fails
 * the check is never committed. The token comes from {@code -Dbriefing.token} or the environment's
 * {@code GITHUB_TOKEN} (it is deliberately not a plugin parameter, so that {@code mvn -X} cannot
 * print it).
 */
@Mojo(
    name = "publish",
    defaultPhase = LifecyclePhase.SITE_DEPLOY,
    threadSafe = true,
    requiresProject = true)
public class PublishMojo extends AbstractBriefingMojo {

  /** The remote to push to: a name configured in the repository, or a URL. */
  @Parameter(property = "briefing.remote", defaultValue = "origin")
  private String remote;

  /** The branch the site is committed to. */
  @Parameter(property = "briefing.branch", defaultValue = "gh-pages")
  private String branch;

  /** Shows what would change (added, changed, removed files) without committing or pushing. */
  @Parameter(property = "briefing.dryRun", defaultValue = "false")
  private boolean dryRun;

  /**
   * Publishes even when {@code content/}, {@code site/} or {@code templates/} have uncommitted
   * changes; the commit on the branch then says it was built with uncommitted changes.
   */
  @Parameter(property = "briefing.allowDirty", defaultValue = "false")
  private boolean allowDirty;

  /** Lists every external link of the checked site (not fetched). */
  @Parameter(property = "briefing.listExternal", defaultValue = "false")
  private boolean listExternal;

  /** A bare repository for a project that is not in git (then the remote must be a URL). */
  @Parameter(defaultValue = "${project.build.directory}/briefing-publish.git", readonly = true)
  private File scratchRepository;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the briefing site publication (briefing.skip)");
      return;
    }
    BuildOptions build = buildOptions();
    PublishOptions publish =
        new PublishOptions(
            projectDirectory.toPath(),
            remote,
            branch,
            token(),
            dryRun,
            scratchRepository.toPath(),
            allowDirty);
    Log log = getLog();
    PublishReport report;
    try {
      report =
          SitePublisher.run(
              build,
              publish,
              new SitePublisher.Progress() {
                private BuildReport built;

                @Override
                public void built(BuildResult result) {
                  built = BuildReport.of(result);
                  writeReportOrLog(built);
                  logProblems(result.problems(), log);
                  if (result.succeeded()) {
                    logBuilt(result);
                  }
                }

                @Override
                public void checked(CheckResult result) {
                  writeReportOrLog(built.plusChecked(result.errorCount(), result.warningCount()));
                  logCheck(result, listExternal, log);
                }
              });
    } catch (PublishException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    failUnlessPublishable(report, publish);
    log(report.publish(), getLog());
  }

  /** Fails, saying that nothing was published, when the build or the check found errors. */
  private static void failUnlessPublishable(PublishReport report, PublishOptions publish)
      throws MojoFailureException {
    String untouched = ": nothing was published (" + publish.branch() + " is untouched); fix ";
    if (!report.build().succeeded()) {
      long errors = report.build().errorCount();
      throw new MojoFailureException(
          count(errors, "error")
              + " in content"
              + untouched
              + (errors == 1 ? "it" : "them")
              + " and publish again");
    }
    if (report.refused()) {
      long errors = report.check().errorCount();
      throw new MojoFailureException(
          count(errors, "error")
              + " in the built site "
              + report.check().outputDir()
              + untouched
              + (errors == 1 ? "it" : "them")
              + " and publish again");
    }
  }

  /** Writes the build's report; a failure to write it is logged, and publishing goes on. */
  private void writeReportOrLog(BuildReport report) {
    try {
      writeReport(report);
    } catch (MojoExecutionException e) {
      getLog().error(e.getMessage());
    }
  }

  /** {@code -Dbriefing.token}, else the environment's {@code GITHUB_TOKEN}, else none. */
  private Optional<AccessToken> token() {
    String fromProperty =
        session == null ? null : session.getUserProperties().getProperty("briefing.token");
    if (fromProperty == null) {
      fromProperty = System.getProperty("briefing.token");
    }
    return AccessToken.of(fromProperty).or(() -> AccessToken.of(System.getenv("GITHUB_TOKEN")));
  }

  private static void log(PublishResult result, Log log) {
    String where = result.branch() + " of " + result.remote();
    if (!result.uncommitted().isEmpty()) {
      log.warn(
          "Built with uncommitted changes ("
              + result.uncommitted().size()
              + "): "
              + String.join(", ", result.uncommitted()));
    }
    switch (result.status()) {
      case DRY_RUN -> {
        log.info(
            "Dry run: publishing to "
                + where
                + " would make "
                + result.summary()
                + (result.changes().isEmpty() ? " (nothing to commit)" : ":"));
        for (Change change : result.changes()) {
          log.info("  " + change);
        }
        log.info("Nothing was committed or pushed (briefing.dryRun)");
      }
      case UNCHANGED ->
          log.info(
              where
                  + " already holds this site: no new commit"
                  + (result.pushed() ? " (pushed the commit an earlier run could not push)" : ""));
      case COMMITTED -> {
        for (Change change : result.changes()) {
          log.debug("  " + change);
        }
        log.info(
            "Published to "
                + where
                + ": commit "
                + result.commit().substring(0, 12)
                + ", "
                + result.summary()
                + (result.sourceCommit() == null
                    ? ""
                    : " (built from " + result.sourceCommit().substring(0, 12) + ")"));
      }
    }
  }
}
