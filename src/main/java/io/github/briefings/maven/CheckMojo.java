package io.github.briefings.maven;

import io.github.briefings.BuildReport;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.check.SiteChecker;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site like {@code briefing:build}, then checks the built site: links, images,
 * stylesheets, scripts and anchors resolve; every page has a title, a language and an {@code <h1>};
 * no duplicate id; feeds and sitemaps are well-formed. Prints every problem and fails on errors.
 * External links are not fetched. Writes nothing outside the output folder.
 */
@Mojo(name = "check", threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractBriefingMojo {

  /** Lists every external link (not fetched) with the page that uses it. */
  @Parameter(property = "briefing.listExternal", defaultValue = "false")
  private boolean listExternal;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the briefing site check (briefing.skip)");
      return;
    }
    BuildOptions options = buildOptions();
    BuildResult built = buildSite(options);
    CheckResult checked =
        SiteChecker.forSite(options.projectDir(), options.baseUrl(), options.threads())
            .check(built.outputDir());
    writeReport(BuildReport.of(built).plusChecked(checked.errorCount(), checked.warningCount()));
    logCheck(checked, listExternal, getLog());
    if (!checked.succeeded()) {
      throw new MojoFailureException(
          count(checked.errorCount(), "error")
              + " in the built site "
              + checked.outputDir()
              + ": fix "
              + (checked.errorCount() == 1 ? "it" : "them")
              + " (paths are relative to that folder) and check again");
    }
  }
}
