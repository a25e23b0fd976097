package io.github.briefings.serve;

import io.github.briefings.build.BuildOptions;
import java.time.Duration;
import java.time.Instant;

/**
 * How to preview.
 *
 * @param build the build's options: project, preview output folder, drafts and future (both shown
 *     by default in preview), threads; {@code baseUrl} is the user's override or null
 * @param fixedNow a fixed build clock, or null for the current time at each rebuild
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param quiet how long the sources must stay unchanged before a burst of saves is rebuilt
 */
public record ServeOptions(
    BuildOptions build, Instant fixedNow, String host, int port, Duration quiet) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(50);

  /**
   * Preview defaults: output in {@code target/briefing-preview}, drafts and future briefings shown,
   * 127.0.0.1:8080.
   */
  public static ServeOptions defaults(java.nio.file.Path projectDir) {
    BuildOptions build =
        BuildOptions.defaults(projectDir)
            .withOutputDir(java.nio.file.Path.of("target", "briefing-preview"))
            .withDrafts(true)
            .withFuture(true);
    return new ServeOptions(build, null, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_QUIET);
  }

  public ServeOptions withBuild(BuildOptions options) {
    return new ServeOptions(options, fixedNow, host, port, quiet);
  }

  public ServeOptions withFixedNow(Instant now) {
    return new ServeOptions(build, now, host, port, quiet);
  }

  public ServeOptions withAddress(String newHost, int newPort) {
    return new ServeOptions(build, fixedNow, newHost, newPort, quiet);
  }

  public ServeOptions withQuiet(Duration period) {
    return new ServeOptions(build, fixedNow, host, port, period);
  }
}
