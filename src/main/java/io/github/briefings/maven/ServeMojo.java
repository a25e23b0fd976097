package io.github.briefings.maven;

import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import io.github.briefings.serve.Preview;
import io.github.briefings.serve.ServeOptions;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;

/**
 * Builds the site into {@code target/briefing-preview/} (drafts and future briefings included),
 * serves it on http://127.0.0.1:8080/ under the base path of {@code baseUrl}, rebuilds on every
 * save in {@code content/}, {@code templates/} or {@code site/} and reloads the open pages; runs
 * until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractMojo {

  /** The project folder holding {@code content/}, {@code site/} and {@code templates/}. */
  @Parameter(
      defaultValue = "${project.basedir}",
      property = "briefing.projectDirectory",
      required = true)
  private File projectDirectory;

  /**
   * Where the preview is built (not the published site's folder); relative to the project folder.
   */
  @Parameter(
      defaultValue = "${project.build.directory}/briefing-preview",
      property = "briefing.previewDirectory",
      required = true)
  private File previewDirectory;

  /** The address to listen on; loopback by default (use 0.0.0.0 to let other machines in). */
  @Parameter(property = "briefing.host", defaultValue = "127.0.0.1")
  private String host;

  /** The port to listen on. */
  @Parameter(property = "briefing.port", defaultValue = "8080")
  private int port;

  /** A {@code baseUrl} overriding {@code site.yaml}'s; the preview keeps only its base path. */
  @Parameter(property = "briefing.baseUrl")
  private String baseUrl;

  /** Shows drafts in the preview. */
  @Parameter(property = "briefing.drafts", defaultValue = "true")
  private boolean drafts;

  /** Shows briefings dated after the build's clock (embargoed) in the preview. */
  @Parameter(property = "briefing.future", defaultValue = "true")
  private boolean future;

  /** A fixed build clock, ISO 8601 with offset; default the time of each rebuild. */
  @Parameter(property = "briefing.now")
  private String now;

  /** Threads that render pages; default all cores. */
  @Parameter(property = "briefing.threads", defaultValue = "0")
  private int threads;

  /**
   * A Pagefind binary to index the preview with, instead of the pinned version the plugin downloads
   * once into the local repository (nothing is downloaded then).
   */
  @Parameter(property = "briefing.pagefind")
  private File pagefind;

  /** The local repository, under which the downloaded Pagefind is kept. */
  @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
  private String localRepository;

  /** Maven's settings: the proxy the download goes through. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  /** Skips the goal. */
  @Parameter(property = "briefing.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping the preview (briefing.skip)");
      return;
    }
    ServeOptions options = serveOptions();
    Log log = getLog();
    Preview preview;
    try {
      preview = Preview.startWithSearch(options, rebuilt -> report(rebuilt, log), log::info);
    } catch (BindException e) {
      throw new MojoExecutionException(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "): another server uses it; pass another port, e.g. -Dbriefing.port="
              + (port + 1),
          e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot start the preview: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              preview.close();
              log.info("Preview stopped");
              stopped.countDown();
            },
            "briefings-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    log.info("");
    log.info("Preview: " + preview.url() + "  (live reload on; Ctrl-C stops)");
    log.info("Watching content/, templates/ and site/ of " + projectDirectory);
    log.info("");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Runtime.getRuntime().removeShutdownHook(hook);
      preview.close();
    }
  }

  /** The preview's options from the parameters, its folder checked first. */
  private ServeOptions serveOptions() throws MojoExecutionException {
    OutputFolders.check(
        projectDirectory.toPath(),
        previewDirectory.toPath(),
        "briefing.previewDirectory",
        OutputFolders.PREVIEW);
    ServeOptions defaults = ServeOptions.defaults(projectDirectory.toPath());
    BuildOptions build =
        defaults
            .build()
            .withOutputDir(previewDirectory.toPath())
            .withBaseUrl(baseUrl)
            .withDrafts(drafts)
            .withFuture(future)
            .withSearch(SearchTool.options(pagefind, localRepository, settings));
    if (threads > 0) {
      build = build.withThreads(threads);
    }
    ServeOptions options = defaults.withBuild(build).withAddress(host, port);
    if (now != null && !now.isBlank()) {
      options = options.withFixedNow(BuildMojo.parseNow(now));
    }
    return options;
  }

  private static void report(Preview.Rebuilt rebuilt, Log log) {
    BuildResult result = rebuilt.result();
    String what =
        rebuilt.changed().isEmpty()
            ? "Built"
            : "Rebuilt after "
                + rebuilt.changed().size()
                + (rebuilt.changed().size() == 1 ? " change" : " changes");
    for (Problem problem : result.problems()) {
      if (problem.isError()) {
        log.error(problem.toString());
      } else {
        log.warn(problem.toString());
      }
    }
    if (result.succeeded()) {
      log.info(
          String.format(
              "%s: %d briefings, %d pages, %d files in %d ms",
              what, result.briefings(), result.pages(), result.files(), result.millis()));
    } else {
      long errors = result.errorCount();
      log.error(
          String.format(
              "%s: %d %s; the preview shows them and keeps the last good site",
              what, errors, errors == 1 ? "error" : "errors"));
    }
  }
}
