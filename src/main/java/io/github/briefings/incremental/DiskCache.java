package io.github.briefings.incremental;

import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.build.BuildRun;
import io.github.briefings.build.BuiltSite;
import io.github.briefings.build.Settings;
import io.github.briefings.build.SourceFiles;
import io.github.briefings.build.WorkKeys;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.output.ShownBriefings;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.render.Theme;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The build cache of one build ({@code briefing:build}, {@code check}, {@code publish}): read from
 * {@code target/briefing-cache/build/} as the build asks, written when it ends. It first looks
 * whether the last build left the site as this one would make it, and then spares every stage.
 */
public final class DiskCache extends FolderBackedCache {

  /**
   * What this build is made from (engine, options but the clock, every source file), once known.
   */
  private String stamp;

  private DiskCache(CacheFolder folder) {
    super(folder);
  }

  /** A cache for one build, read from and written to {@code projectDir}'s target folder. */
  public static DiskCache forProject(Path projectDir) {
    return new DiskCache(
        new CacheFolder(CacheFolder.dirOf(projectDir), EngineVersion.fingerprint()));
  }

  /** For tests: a cache in {@code dir} that claims to be written by {@code engine}. */
  static DiskCache forTest(Path dir, String engine) {
    return new DiskCache(new CacheFolder(dir, engine));
  }

  /**
   * The last build's result when the site it left is what this build would make: same sources
   * (every file's path, size and time), settings and engine, a clock before the next embargo or
   * news-window change, and every output file there with its recorded size.
   */
  @Override
  public Optional<BuildResult> upToDate(BuildRun run, SourceFiles sources) {
    BuildOptions options = run.options();
    stamp = BuildKeys.stamp(folder.engine(), options, sources.tree());
    UpToDate known = folder.upToDate(options.outputDir(), run.problems());
    if (known == null
        || !known.stamp().equals(stamp)
        || !options.now().isBefore(known.validUntil())) {
      return Optional.empty();
    }
    OutputManifest manifest = folder.manifest(options.outputDir(), run.problems());
    if (manifest == null || !SiteOutput.intact(options.outputDir(), manifest)) {
      return Optional.empty();
    }
    return Optional.of(run.upToDate(known.counts(), known.problems()));
  }

  /** Never: a build for one run knows no edits. */
  @Override
  public Optional<BuildResult> patch(BuildRun run, Settings settings) {
    return Optional.empty();
  }

  @Override
  public Theme theme(SortedMap<String, String> templateFiles, Supplier<Theme> make) {
    return make.get();
  }

  @Override
  public WorkKeys keys(
      BuildOptions options,
      SiteConfig site,
      SortedMap<String, String> templateFiles,
      Map<String, String> creditLabels,
      SourceFiles sources) {
    return BuildKeys.of(
        folder.engine(), options, site, templateFiles, creditLabels, sources.tree().assets());
  }

  @Override
  public void forget(Path outputDir) {
    folder.forget(outputDir);
  }

  /** Nothing: only a patch needs it. */
  @Override
  public ShownBriefings shown() {
    return ShownBriefings.NONE;
  }

  /**
   * Writes what the build left: its output's manifest, the briefings loaded and bodies rendered,
   * and what the next build from the same sources may report without doing anything.
   */
  @Override
  public void built(BuiltSite site) {
    folder.remember(site.outputDir(), site.manifest());
    folder.writeManifest(site.outputDir());
    folder.writeLoaded();
    folder.nextBuild();
    if (stamp != null) {
      folder.upToDate(
          site.outputDir(),
          new UpToDate(
              stamp, site.validUntil(), site.counts(), folder.aboutSources(site.problems())));
    }
  }

  /** Writes the briefings loaded and bodies rendered: still good for the next build. */
  @Override
  public void failed() {
    folder.writeLoaded();
  }
}
