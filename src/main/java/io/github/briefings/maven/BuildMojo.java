package io.github.briefings.maven;

import io.github.briefings.BuildOptions;
import io.github.briefings.BuildResult;
import io.github.briefings.Briefings;
import io.github.briefings.content.Problem;
import java.io.File;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the briefing site into {@code target/briefing-site/}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractMojo {

    /** The project folder holding {@code content/}, {@code site/} and {@code templates/}. */
    @Parameter(defaultValue = "${project.basedir}", property = "briefing.projectDirectory", required = true)
    private File projectDirectory;

    /** Where the site is written; a relative path is resolved against the project folder. */
    @Parameter(defaultValue = "${project.build.directory}/briefing-site", property = "briefing.outputDirectory",
            required = true)
    private File outputDirectory;

    /** Overrides {@code baseUrl} of {@code site/site.yaml} (GitHub Actions passes the Pages URL). */
    @Parameter(property = "briefing.baseUrl")
    private String baseUrl;

    /** Publishes drafts too. */
    @Parameter(property = "briefing.drafts", defaultValue = "false")
    private boolean drafts;

    /** Publishes briefings dated after the build's clock (embargoed) too. */
    @Parameter(property = "briefing.future", defaultValue = "false")
    private boolean future;

    /** The build's clock, ISO 8601 with offset (e.g. {@code 2024-11-08T12:00:00Z}); default now. */
    @Parameter(property = "briefing.now")
    private String now;

    /** Threads that render pages; default all cores. */
    @Parameter(property = "briefing.threads", defaultValue = "0")
    private int threads;

    /** Builds the country and topic pages and feeds; switch off only to measure what they cost. */
    @Parameter(property = "briefing.termPages", defaultValue = "true")
    private boolean termPages;

    /** Skips the goal. */
    @Parameter(property = "briefing.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the briefing site (briefing.skip)");
            return;
        }
        BuildOptions options = BuildOptions.defaults(projectDirectory.toPath())
                .withOutputDir(outputDirectory.toPath())
                .withBaseUrl(baseUrl)
                .withDrafts(drafts)
                .withFuture(future)
                .withNow(parseNow(now))
                .withTermPages(termPages);
        if (threads > 0) {
            options = options.withThreads(threads);
        }
        BuildResult result = Briefings.build(options);
        report(result, getLog());
        getLog().info(String.format("Built %d briefings (%d held back: drafts or embargoed): %d pages, %d feeds, "
                + "%d files in %d ms -> %s", result.briefings(), result.held(), result.pages(), result.feeds(),
                result.files(), result.millis(), result.outputDir()));
        for (BuildResult.Phase phase : result.phases()) {
            getLog().info(String.format("  %-32s %7d ms", phase.name(), phase.millis()));
        }
    }

    /** Logs every problem once at its level; fails with a one-line count when there are errors. */
    static void report(BuildResult result, Log log) throws MojoFailureException {
        for (Problem problem : result.problems()) {
            if (problem.isError()) {
                log.error(problem.toString());
            } else {
                log.warn(problem.toString());
            }
        }
        long errors = result.errorCount();
        if (errors > 0) {
            throw new MojoFailureException(errors + (errors == 1 ? " error" : " errors")
                    + " in content; the previous site was left as it was");
        }
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
                throw new MojoExecutionException("briefing.now must be an ISO 8601 time with offset, "
                        + "e.g. 2024-11-08T12:00:00Z, not '" + text + "'");
            }
        }
    }
}
