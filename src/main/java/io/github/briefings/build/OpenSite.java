package io.github.briefings.build;

import io.github.briefings.output.ShownBriefings;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.output.SiteWriter;
import io.github.briefings.photos.PhotoVariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The output a build writes its site into, with the writer of its pages and files; closing it
 * throws away what was written unless it was committed, so that a failed build leaves the output as
 * it was.
 */
final class OpenSite implements AutoCloseable {

  private final Path outputDir;
  private final SiteOutput output;
  private final SiteWriter writer;
  private final ShownBriefings shown;
  private boolean committed;

  private OpenSite(Path outputDir, SiteOutput output, SiteWriter writer, ShownBriefings shown) {
    this.outputDir = outputDir;
    this.output = output;
    this.writer = writer;
    this.shown = shown;
  }

  /**
   * Opens the output: in place over what the last build left there, when the cache knows it, else a
   * staging folder that replaces it.
   */
  static OpenSite open(BuildRun run, Settings settings, OutputCache cache) {
    Path outputDir = run.options().outputDir();
    SiteOutput output;
    try {
      output = SiteOutput.open(outputDir, cache.manifest(outputDir, run.problems()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder next to " + outputDir, e);
    }
    ShownBriefings shown = cache.shown();
    SiteWriter writer =
        settings
            .writer(output)
            .linking(PhotoVariants.cacheDirOf(run.options().projectDir()))
            .recording(shown);
    return new OpenSite(outputDir, output, writer, shown);
  }

  SiteOutput output() {
    return output;
  }

  SiteWriter writer() {
    return writer;
  }

  /** Hears which briefings each page and feed shows. */
  ShownBriefings shown() {
    return shown;
  }

  /** Puts the new site in place; {@code beforeChange} runs first. */
  void commit(Runnable beforeChange) {
    try {
      output.commit(beforeChange);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the site to " + outputDir, e);
    }
    committed = true;
  }

  @Override
  public void close() {
    if (!committed) {
      output.abandon();
    }
  }
}
