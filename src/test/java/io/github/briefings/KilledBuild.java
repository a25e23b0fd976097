package io.github.briefings;

import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.incremental.DiskCache;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A build in a JVM of its own, for {@link KilledBuildTest} to kill: it builds the project {@code
 * args[0]} and prints each stage's name as the stage ends, so the test knows when to strike.
 */
public final class KilledBuild {

  private KilledBuild() {}

  public static void main(String[] args) {
    Path project = Path.of(args[0]);
    BuildOptions options =
        BuildOptions.defaults(project)
            .withNow(Instant.parse("2024-12-01T00:00:00Z"))
            .withThreads(2);
    BuildListener stages =
        new BuildListener() {
          @Override
          public void phase(String name, long millis) {
            System.out.println(name);
            System.out.flush();
          }
        };
    BuildResult result = Briefings.build(options, DiskCache.forProject(project), stages);
    System.out.println(result.succeeded() ? "built" : "failed " + result.problems());
    System.out.flush();
  }
}
