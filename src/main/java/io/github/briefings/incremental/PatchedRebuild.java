package io.github.briefings.incremental;

import io.github.briefings.build.BriefingReader;
import io.github.briefings.build.BuildResult;
import io.github.briefings.build.BuildRun;
import io.github.briefings.build.LoadedBriefing;
import io.github.briefings.build.Settings;
import io.github.briefings.content.Article;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.output.SiteWriter;
import io.github.briefings.output.Syndication;
import io.github.briefings.problems.Problem;
import io.github.briefings.render.PageJob;
import io.github.briefings.render.PageSelection;
import io.github.briefings.taxonomy.SiteIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's patch of its last build after edits that change what briefings say but not where
 * they are filed ({@link Article#placement()}): only the edited files are read again, and only the
 * pages and feeds showing them written again. A patch gives up, with nothing changed, when the
 * edits need a full build: a briefing added, removed, held back, moved or refiled, one with
 * problems, or a news site map that changes size.
 */
final class PatchedRebuild {

  /** The output opened to patch, and the feeds and site maps written into it. */
  private record Patching(SiteOutput output, Syndication syndication) {}

  private final BuildRun run;
  private final Settings settings;
  private final LastBuild last;
  private final PreviewCache cache;

  private PatchedRebuild(BuildRun run, Settings settings, LastBuild last, PreviewCache cache) {
    this.run = run;
    this.settings = settings;
    this.last = last;
    this.cache = cache;
  }

  /** Patches {@code last} after {@code edits} (briefing files); empty when it cannot. */
  static Optional<BuildResult> run(
      BuildRun run, Settings settings, LastBuild last, Set<Path> edits, PreviewCache cache) {
    return new PatchedRebuild(run, settings, last, cache).patch(edits);
  }

  private Optional<BuildResult> patch(Set<Path> edits) {
    Optional<Map<Path, LoadedBriefing>> reloaded = reload(edits);
    if (reloaded.isEmpty()) {
      return Optional.empty();
    }
    IdentityHashMap<Article, Article> replaced = new IdentityHashMap<>();
    Map<Path, Article> published = new HashMap<>(last.published());
    reloaded
        .get()
        .forEach(
            (source, loaded) -> {
              replaced.put(last.published().get(source), loaded.article().orElseThrow());
              published.put(source, loaded.article().orElseThrow());
            });
    SiteIndex index = last.index().replacing(replaced);
    Optional<Patching> patching = open(index);
    if (patching.isEmpty()) {
      return Optional.empty();
    }
    // the briefings not edited are known unchanged: kept without being looked at
    Map<Path, List<Problem>> fileProblems = new HashMap<>(last.problems());
    reloaded
        .get()
        .forEach(
            (source, loaded) -> {
              cache.keep(source, loaded);
              fileProblems.remove(source);
            });
    fileProblems.values().forEach(run.problems()::addAll);
    Set<String> affected = new TreeSet<>();
    for (Article a : replaced.values()) {
      affected.addAll(last.dependents().of(a.sitePath()));
    }
    run.end("load the edited briefings");
    return Optional.of(
        write(patching.get(), index, affected, last.patched(published, index, fileProblems)));
  }

  /** The edited briefings read again, by source file; empty when one of them needs a full build. */
  private Optional<Map<Path, LoadedBriefing>> reload(Set<Path> edits) {
    BriefingReader reader = new BriefingReader(settings);
    Map<Path, LoadedBriefing> reloaded = new HashMap<>();
    for (Path source : edits) {
      Article before = last.published().get(source);
      if (before == null || !Files.isRegularFile(source)) {
        return Optional.empty();
      }
      String key = reader.key(source);
      if (key == null) {
        return Optional.empty();
      }
      LoadedBriefing now = reader.read(before.briefing().file(), key);
      if (now.article().isEmpty()
          || !now.problems().isEmpty()
          || !now.article().get().placement().equals(before.placement())) {
        return Optional.empty();
      }
      reloaded.put(source, now);
    }
    return Optional.of(reloaded);
  }

  /** The output opened to patch; empty when it is not the last build's, or the news map changes. */
  private Optional<Patching> open(SiteIndex index) {
    Path outputDir = run.options().outputDir();
    try {
      Optional<SiteOutput> output =
          SiteOutput.patch(
              outputDir, cache.manifest(outputDir, run.problems()), cache.takeSpareListing());
      if (output.isEmpty()) {
        return Optional.empty();
      }
      Syndication syndication =
          new Syndication(settings.site(), index, output.get(), settings.keys().pages());
      if (syndication.newsCount(run.options().now()) != last.news()) {
        output.get().abandon();
        return Optional.empty();
      }
      return Optional.of(new Patching(output.get(), syndication));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder next to " + outputDir, e);
    }
  }

  /** Writes the {@code affected} pages and feeds, and puts them in place. */
  private BuildResult write(
      Patching patching, SiteIndex index, Set<String> affected, LastBuild next) {
    Path outputDir = run.options().outputDir();
    boolean termPages = run.options().termPages();
    SiteOutput output = patching.output();
    boolean committed = false;
    try {
      List<PageJob> jobs = settings.pageModels().jobs(index, termPages, PageSelection.of(affected));
      // the same pages and feeds show the same briefings: nothing new to record
      SiteWriter writer = settings.writer(output);
      jobs.parallelStream().forEach(job -> writer.write(job, run.problems()));
      run.end("render pages");
      if (run.problems().hasErrors()) {
        return run.failed();
      }
      patching.syndication().writeFeeds(termPages, affected::contains);
      patching.syndication().writeNewsSitemap(run.options().now());
      output.settleLoose();
      run.end("feeds and site maps");
      output.commit(() -> cache.forget(outputDir));
      committed = true;
      OutputManifest manifest = output.manifest();
      cache.patched(outputDir, manifest, next);
      run.end("update the previous site");
      return run.built(last.counts(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the site to " + outputDir, e);
    } finally {
      if (!committed) {
        output.abandon();
      }
    }
  }
}
