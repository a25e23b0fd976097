package io.github.briefings;

import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.check.SiteChecker;
import io.github.briefings.publish.PublishException;
import io.github.briefings.publish.PublishOptions;
import io.github.briefings.publish.Publisher;

/**
 * Builds the site, checks it, and only when both succeed publishes it: a broken site is never
 * committed. With {@link Briefings}, what the Mojos call.
 */
public final class SitePublisher {

  /**
   * Told of each step as it ends, so that a caller can report the build and check before the push.
   */
  public interface Progress {
    default void built(BuildResult result) {}

    default void checked(CheckResult result) {}
  }

  private SitePublisher() {}

  /** Runs the three steps without telling anyone of the intermediate results. */
  public static PublishReport run(BuildOptions build, PublishOptions publish) {
    return run(build, publish, new Progress() {});
  }

  /**
   * Runs the three steps. Throws {@link PublishException} (one line, what to do) when the
   * repository, the remote or the push fails; a failed build or check is in the report, not thrown.
   */
  public static PublishReport run(BuildOptions build, PublishOptions publish, Progress progress) {
    Publisher publisher = new Publisher(publish);
    publisher.preflight();
    BuildResult built = Briefings.build(build);
    progress.built(built);
    if (!built.succeeded()) {
      return new PublishReport(built, null, null);
    }
    CheckResult checked =
        SiteChecker.forSite(build.projectDir(), build.baseUrl(), build.threads())
            .check(built.outputDir());
    progress.checked(checked);
    if (!checked.succeeded()) {
      return new PublishReport(built, checked, null);
    }
    return new PublishReport(built, checked, publisher.publish(built.outputDir()));
  }
}
