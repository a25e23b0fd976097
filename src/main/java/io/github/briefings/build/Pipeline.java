package io.github.briefings.build;

import io.github.briefings.build.FeedsAndSiteMaps.Syndicated;
import io.github.briefings.build.Indexing.Indexed;
import io.github.briefings.build.LoadAndCheck.Loaded;
import io.github.briefings.build.PhotoResizing.Resized;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.parallel.WorkerPool;
import io.github.briefings.problems.Problems;
import io.github.briefings.render.PageJob;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;

/**
 * A build, stage by stage: each stage is a class named for it, each ends a timed phase of the
 * build's summary. The build cache may spare the stages (the site is up to date, or the last
 * build's site can be patched), and keeps what they made for the next build.
 */
public final class Pipeline {

  private final BuildRun run;
  private final BuildCache cache;

  private Pipeline(BuildRun run, BuildCache cache) {
    this.run = run;
    this.cache = cache;
  }

  /**
   * Builds the site of {@code options} with {@code cache}, on a pool of the options' threads,
   * telling {@code listener} how it goes. Never throws for bad input (problems are in the result),
   * only for I/O failures.
   */
  public static BuildResult run(BuildOptions options, BuildCache cache, BuildListener listener) {
    Pipeline pipeline = new Pipeline(new BuildRun(options, cache, listener), cache);
    return WorkerPool.run(options.threads(), "build", pipeline::stages);
  }

  /** The stages, in order. */
  private BuildResult stages() {
    Problems problems = run.problems();
    Optional<SiteConfig> site =
        SiteConfigLoader.load(run.options().projectDir(), run.options().baseUrl(), problems);
    if (site.isEmpty()) {
      return run.failed();
    }
    SourceFiles sources = new SourceFiles(run.options().projectDir());
    Optional<BuildResult> upToDate = cache.upToDate(run, sources);
    if (upToDate.isPresent()) {
      return upToDate.get();
    }
    Settings settings = SettingsAndTheme.read(run, site.get(), sources, cache);
    SearchIndexing.Lookup lookup = SearchIndexing.lookFor(run, settings);
    run.end("settings and theme");
    Optional<BuildResult> patched = cache.patch(run, settings);
    if (patched.isPresent()) {
      return patched.get();
    }
    try (OpenSite out = OpenSite.open(run, settings, cache)) {
      Loaded loaded =
          LoadAndCheck.run(run, settings, cache, sources.briefings(problems), out.writer());
      run.end("load and check briefings");
      if (lookup.failed()) {
        return run.failed();
      }
      Indexed indexed = Indexing.run(run, settings, loaded.articles());
      // begun beside the pages, on the pool's other threads; a failed build still waits for it,
      // so that nothing writes into its output once the output is abandoned
      ForkJoinTask<Resized> resizing =
          ForkJoinTask.adapt(
                  () -> PhotoResizing.run(run, settings, indexed.published(), out.writer()))
              .fork();
      try {
        return pagesAndFiles(settings, lookup, out, loaded, indexed, resizing);
      } finally {
        resizing.quietlyJoin();
      }
    }
  }

  /** The stages from the page models on, the photos being resized by {@code resizing}. */
  private BuildResult pagesAndFiles(
      Settings settings,
      SearchIndexing.Lookup lookup,
      OpenSite out,
      Loaded loaded,
      Indexed indexed,
      ForkJoinTask<Resized> resizing) {
    Problems problems = run.problems();
    List<PageJob> pages = PageModelling.run(run, settings, indexed.index());
    run.end("index and page models");
    PageRendering.run(run, out.writer(), pages);
    run.end("render pages");
    if (loaded.failed() || problems.hasErrors()) {
      // the photos' problems too, so that a failed build reports the same ones every time
      resizing.quietlyJoin();
      return run.failed();
    }
    Syndicated feeds = FeedsAndSiteMaps.run(run, settings, indexed.index(), pages, out);
    run.end("feeds and site maps");
    Resized resized = resizing.join();
    run.end("resize photos");
    if (problems.hasErrors()) {
      return run.failed();
    }
    FileCopying.run(run, settings, resized, out, pages);
    run.end("copy photos and static files");
    if (problems.hasErrors()) {
      return run.failed();
    }
    if (lookup.wanted()) {
      SearchIndexing.run(run, lookup.await().orElseThrow(), out, pages);
      run.end("index for search");
      if (problems.hasErrors()) {
        return run.failed();
      }
    }
    SiteCounts counts =
        SiteReplacement.run(run, settings, out, loaded, indexed, feeds, resized, cache);
    run.end(out.output().incremental() ? "update the previous site" : "replace the previous site");
    return run.built(counts, out.output());
  }
}
