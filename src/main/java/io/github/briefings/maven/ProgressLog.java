package io.github.briefings.maven;

import io.github.briefings.build.BuildListener;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a long build's progress: each stage as it ends (at debug level, or info for builds of many
 * briefings) and, for large stages, every tenth of the work done.
 */
final class ProgressLog implements BuildListener {

  /** Stages with fewer items than this are not worth a progress line. */
  static final int LARGE = 2_000;

  private final Log log;
  private volatile boolean large;

  ProgressLog(Log log) {
    this.log = log;
  }

  @Override
  public void phase(String name, long millis) {
    if (large) {
      log.info(done(name, millis));
    } else if (log.isDebugEnabled()) {
      log.debug(done(name, millis));
    }
  }

  private static String done(String name, long millis) {
    return String.format(Locale.ROOT, "  done: %s (%d ms)", name, millis);
  }

  @Override
  public void progress(String what, int done, int total) {
    if (total >= LARGE) {
      large = true;
      log.info(
          String.format(
              Locale.ROOT, "  %,d of %,d %s (%d%%)", done, total, what, done * 100L / total));
    }
  }
}
