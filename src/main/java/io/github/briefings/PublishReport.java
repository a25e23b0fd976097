package io.github.briefings;

import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.publish.PublishResult;

/**
 * What building, checking and publishing did; a later step is null when an earlier one failed.
 *
 * @param build the build
 * @param check the check of the built site, or null when the build failed
 * @param publish the publication, or null when the build or the check failed (nothing was
 *     committed)
 */
public record PublishReport(BuildResult build, CheckResult check, PublishResult publish) {

  /** Whether the site was refused (build or check errors): then nothing was committed or pushed. */
  public boolean refused() {
    return publish == null;
  }
}
