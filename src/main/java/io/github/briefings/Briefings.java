package io.github.briefings;

import io.github.briefings.cache.BodyCache;
import io.github.briefings.cache.BuildCache;
import io.github.briefings.cache.Dependents;
import io.github.briefings.cache.LastBuild;
import io.github.briefings.cache.SourceTree;
import io.github.briefings.cache.UpToDate;
import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.BriefingLoader;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.hash.TreeFingerprint;
import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.output.ShownBriefings;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.output.SiteWriter;
import io.github.briefings.output.Syndication;
import io.github.briefings.parallel.WorkerPool;
import io.github.briefings.photos.PhotoResolver;
import io.github.briefings.photos.PhotoVariants;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.render.PageJob;
import io.github.briefings.render.PageModels;
import io.github.briefings.render.PageRenderer;
import io.github.briefings.render.PageSelection;
import io.github.briefings.render.Theme;
import io.github.briefings.schedule.Hold;
import io.github.briefings.schedule.PublishingRules;
import io.github.briefings.schedule.Schedule;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.SiteIndex;
import io.github.briefings.taxonomy.TermCheck;
import io.github.briefings.taxonomy.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The engine: loads {@code site/site.yaml} and every briefing under {@code content/}, validates all
 * of it, renders the pages with the theme and writes the site atomically. Knows nothing of Maven.
 */
public final class Briefings {

  private Briefings() {}

  /**
   * Builds the site with the project's build cache; never throws for bad input (problems are in the
   * result), only for I/O failures.
   */
  public static BuildResult build(BuildOptions options) {
    return build(options, BuildCache.forProject(options.projectDir()), BuildListener.NONE);
  }

  /**
   * Builds the site with {@code cache} (which may be kept between builds), telling {@code listener}
   * how it goes.
   */
  public static BuildResult build(BuildOptions options, BuildCache cache, BuildListener listener) {
    long start = System.nanoTime();
    PhaseTimer timer = new PhaseTimer(listener);
    Problems problems = new Problems();
    Optional<SiteConfig> loaded =
        SiteConfigLoader.load(options.projectDir(), options.baseUrl(), problems);
    if (loaded.isEmpty()) {
      cache.finishFailed();
      return BuildResult.failed(
          problems.sorted(), options.outputDir(), millisSince(start), timer.phases());
    }
    SiteConfig site = loaded.get();
    return WorkerPool.run(
        options.threads(),
        "build",
        () -> new Build(options, site, cache, listener, problems, start, timer).run());
  }

  /** One build's state. */
  private record Build(
      BuildOptions options,
      SiteConfig site,
      BuildCache cache,
      BuildListener listener,
      Problems problems,
      long start,
      PhaseTimer timer) {

    BuildResult run() {
      Path project = options.projectDir();
      Path contentDir = project.resolve("content");
      // a build for one run first looks whether the last one left the site as this one would
      String stamp = null;
      SourceTree tree = null;
      if (!cache.longLived()) {
        tree = SourceTree.walk(project);
        stamp = Fingerprint.of(cache.engine(), optionsButClock(), tree.stamp());
        Optional<BuildResult> done = upToDate(stamp);
        if (done.isPresent()) {
          return done.get();
        }
      }
      Countries countries = new Countries(site);
      Topics topics = new Topics(site);
      PhotoVariants variants = new PhotoVariants(PhotoVariants.cacheDirOf(project));
      PhotoResolver photos =
          new PhotoResolver(
              project, contentDir, site.credits(), PhotoResolver.defaultSources(), variants);
      // a project's templates: a page depends on its own template and on the shared ones (layout,
      // macros,
      // UI strings), not on the other pages' templates; static files are copied, not rendered
      SortedMap<String, String> templateFiles = TreeFingerprint.files(project.resolve("templates"));
      Fingerprint shared = new Fingerprint();
      Map<String, String> pageTemplates = new HashMap<>();
      templateFiles.forEach(
          (name, sha) -> {
            if (PageModels.PAGE_TEMPLATES.contains(name)) {
              pageTemplates.put(name, sha);
            } else if (!name.startsWith("static/")) {
              shared.add(name).add(sha);
            }
          });
      String sharedTemplates = shared.hex();
      String templates = Fingerprint.of(String.valueOf(templateFiles));
      Theme theme = cache.theme(templates, () -> new Theme(project.resolve("templates")));
      Map<String, String> creditLabels = new HashMap<>();
      for (String lang : site.languages()) {
        creditLabels.put(lang, theme.messages(lang).getOrDefault("photo", "Photo"));
      }
      MarkdownRenderer markdown =
          new MarkdownRenderer(
              site.baseUrl().toString(),
              site.basePath(),
              lang -> creditLabels.getOrDefault(lang, "Photo"));
      String bodySettings =
          Fingerprint.of(
              cache.engine(),
              site.baseUrl().toString(),
              site.basePath(),
              String.valueOf(new TreeMap<>(creditLabels)));
      // everything besides its model that shapes a page: any change renders every page again
      String pageSettings =
          Fingerprint.of(
              cache.engine(),
              TreeFingerprint.of(project.resolve("site").resolve("site.yaml")),
              sharedTemplates,
              String.valueOf(options.baseUrl()),
              String.valueOf(options.drafts()),
              String.valueOf(options.future()),
              String.valueOf(options.termPages()));

      // a briefing depends on the photos and sidecars under content/ too: any change there reloads
      // all
      String assets =
          tree != null ? tree.assets() : cache.assets(() -> SourceTree.walk(project).assets());
      String sourceSettings = pageSettings + " " + bodySettings + " " + assets;
      Sources sources =
          new Sources(
              new BriefingLoader(project, site),
              new TermCheck(countries, topics),
              photos,
              markdown,
              cache.bodies(problems),
              bodySettings,
              sourceSettings);
      Rendering rendering = new Rendering(theme, countries, topics, pageSettings, pageTemplates);
      // the clock only matters (to a patch) when embargoed briefings are held back
      String buildKey = sourceSettings + " " + (options.future() ? optionsButClock() : options);
      timer.end("settings and theme");

      Set<Path> edits = cache.takeEdits();
      LastBuild last = cache.lastBuild();
      // past the last build's next scheduled change (an embargo, an expiry, the news window), a
      // patch
      // would keep briefings the clock now holds back or lets out
      if (edits != null
          && last != null
          && last.key().equals(buildKey)
          && options.now().isBefore(last.validUntil())) {
        Optional<BuildResult> patched = patch(last, edits, sources, rendering);
        if (patched.isPresent()) {
          return patched.get();
        }
      }
      List<Path> files =
          briefingFiles(contentDir, tree != null ? tree : SourceTree.walk(project), problems);
      return full(files, sources, rendering, buildKey, stamp, variants);
    }

    /** The build options but the clock and the thread count, which do not change what is built. */
    private String optionsButClock() {
      return options.withNow(Instant.EPOCH).withThreads(1).toString();
    }

    /**
     * The last build's result when the site it left is what this build would make: same sources
     * (every file's path, size and time), settings and engine, a clock before the next embargo or
     * news-window change, and every output file there with its recorded size. Empty otherwise.
     */
    private Optional<BuildResult> upToDate(String stamp) {
      UpToDate known = cache.upToDate(options.outputDir(), problems);
      if (known == null
          || !known.stamp().equals(stamp)
          || !options.now().isBefore(known.validUntil())) {
        return Optional.empty();
      }
      OutputManifest manifest = cache.manifest(options.outputDir(), problems);
      if (manifest == null || !SiteOutput.intact(options.outputDir(), manifest)) {
        return Optional.empty();
      }
      timer.end(BuildResult.UP_TO_DATE);
      return Optional.of(
          BuildResult.alreadyUpToDate(
              known.problems(),
              options.outputDir(),
              known.counts(),
              millisSince(start),
              timer.phases()));
    }

    /**
     * When the clock alone would change the site: an embargo lifts, a briefing expires ({@code
     * schedule}), or a briefing enters or leaves the news site map.
     */
    private Instant validUntil(List<Article> articles, Schedule schedule) {
      Instant until = schedule.nextChange().map(c -> c.at().toInstant()).orElse(Instant.MAX);
      for (Article a : articles) {
        Instant date = a.briefing().date().toInstant();
        for (Instant t : new Instant[] {date, date.plus(Syndication.NEWS_WINDOW)}) {
          if (t.isAfter(options.now()) && t.isBefore(until)) {
            until = t;
          }
        }
      }
      return until;
    }

    /**
     * Loads every briefing and writes every page, feed and file the output does not hold already.
     */
    private BuildResult full(
        List<Path> files,
        Sources sources,
        Rendering rendering,
        String buildKey,
        String stamp,
        PhotoVariants variants) {
      SiteOutput output;
      try {
        output =
            SiteOutput.open(options.outputDir(), cache.manifest(options.outputDir(), problems));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot create the output folder next to " + options.outputDir(), e);
      }
      boolean committed = false;
      try {
        BuildResult result = full(files, sources, rendering, buildKey, stamp, variants, output);
        committed = result.succeeded();
        return result;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the site to " + options.outputDir(), e);
      } finally {
        if (!committed) {
          output.abandon();
        }
      }
    }

    /** What this build publishes: drafts, embargoed and expired briefings are held back. */
    private PublishingRules rules() {
      return new PublishingRules(options.drafts(), options.future(), options.now());
    }

    /**
     * Whether a briefing is held back from this build: a draft, embargoed (dated after now) or
     * expired.
     */
    private boolean held(Briefing b) {
      return rules().hold(b) != Hold.NONE;
    }

    private BuildResult full(
        List<Path> files,
        Sources sources,
        Rendering rendering,
        String buildKey,
        String stamp,
        PhotoVariants variants,
        SiteOutput output)
        throws IOException {
      Path project = options.projectDir();
      // a preview records which pages and feeds show each briefing, to patch them after an edit
      Dependents dependents = cache.longLived() ? new Dependents() : null;
      ShownBriefings shown = dependents == null ? ShownBriefings.NONE : dependents;
      SiteWriter writer =
          rendering.writer(output).linking(PhotoVariants.cacheDirOf(project)).recording(shown);
      Map<Path, Photo> photosToCopy = new TreeMap<>();
      Counter loadedCount = new Counter(listener, "briefings", files.size());
      Map<Path, List<Problem>> fileProblems = new java.util.concurrent.ConcurrentHashMap<>();
      // photos are copied as their briefings load: that work needs no index
      Set<String> copiedPhotos = java.util.concurrent.ConcurrentHashMap.newKeySet();
      List<Article> articles =
          files.parallelStream()
              .map(
                  file -> {
                    Optional<Article> a = loadOnce(file, sources, fileProblems);
                    if (a.isPresent() && !held(a.get().briefing())) {
                      copyPhotos(a.get(), writer, copiedPhotos);
                    }
                    loadedCount.tick();
                    return a;
                  })
              .flatMap(Optional::stream)
              .toList();
      checkUniqueUrls(articles, problems);
      checkTranslationKeys(articles, problems);
      timer.end("load and check briefings");

      List<Article> published = new ArrayList<>();
      for (Article a : articles) {
        if (!held(a.briefing())) {
          published.add(a);
        }
      }
      Schedule held = Schedule.of(articles.stream().map(Article::briefing).toList(), rules());
      // with errors in content, the valid briefings are still rendered (and thrown away) so that
      // template errors are reported in the same run
      boolean contentFailed = problems.hasErrors();

      SiteIndex index = SiteIndex.of(site, published, rendering.countries(), rendering.topics());
      PageModels models = new PageModels(site, rendering.theme(), rendering.countries());
      List<PageJob> jobs = models.jobs(index, options.termPages());
      timer.end("index and page models");

      Counter rendered = new Counter(listener, "pages", jobs.size());
      jobs.parallelStream()
          .forEach(
              job -> {
                writer.write(job, problems);
                rendered.tick();
              });
      timer.end("render pages");
      if (contentFailed || problems.hasErrors()) {
        return failed();
      }
      Syndication syndication =
          new Syndication(site, index, output, rendering.pageSettings()).recording(shown);
      int feeds = syndication.writeFeeds(options.termPages());
      syndication.writeSitemaps(jobs, options.now());
      timer.end("feeds and site maps");
      // the photos themselves were copied as their briefings loaded; their resized copies are made
      // here
      for (Article a : published) {
        a.photos().forEach(p -> photosToCopy.put(p.file(), p));
      }
      List<Photo> toResize = writer.toResize(photosToCopy.values());
      Map<String, Path> resized = variants.write(toResize, "content", problems);
      timer.end("resize photos");
      if (problems.hasErrors()) {
        return failed();
      }
      Map<String, Path> copies = new TreeMap<>(rendering.theme().staticAssets());
      Theme.addTree(project.resolve("site").resolve("static"), copies);
      copies.entrySet().parallelStream().forEach(e -> writer.copy(e.getKey(), e.getValue()));
      writer.copyResized(resized);
      output.settleLoose();
      timer.end("copy photos and static files");
      output.commit(() -> cache.forget(options.outputDir()));
      cache.finish(options.outputDir(), output.manifest());
      Instant validUntil = validUntil(articles, held);
      // every file of the site that is not a page or a feed: photos, their copies, static files,
      // site maps
      int otherFiles = output.manifest().size() - writer.pages() - feeds;
      SiteCounts counts =
          new SiteCounts(
              published.size(), held, writer.pages(), feeds, otherFiles, photosToCopy.size());
      if (stamp != null) {
        cache.upToDate(
            options.outputDir(),
            new UpToDate(stamp, validUntil, counts, cache.aboutSources(problems.sorted())));
      }
      if (dependents != null) {
        Map<Path, Article> bySource = new HashMap<>();
        published.forEach(a -> bySource.put(a.briefing().file().toAbsolutePath().normalize(), a));
        cache.remember(
            new LastBuild(
                buildKey,
                validUntil,
                bySource,
                index,
                fileProblems,
                dependents,
                counts,
                syndication.newsCount(options.now())));
      }
      timer.end(output.incremental() ? "update the previous site" : "replace the previous site");
      return result(counts, output);
    }

    /** Ends a build that found errors: nothing written, what it loaded kept for the next one. */
    private BuildResult failed() {
      cache.finishFailed();
      return BuildResult.failed(
          problems.sorted(), options.outputDir(), millisSince(start), timer.phases());
    }

    /** What a build that wrote {@code output} did. */
    private BuildResult result(SiteCounts counts, SiteOutput output) {
      return BuildResult.built(
          problems.sorted(),
          options.outputDir(),
          counts,
          output.writtenCount(),
          output.changed(),
          millisSince(start),
          timer.phases());
    }

    /** Copies a briefing's photos (each once per build) into the output. */
    private static void copyPhotos(Article a, SiteWriter writer, Set<String> copied) {
      for (Photo p : a.photos()) {
        if (copied.add(p.sitePath())) {
          writer.copy(p.sitePath(), p.file());
        }
      }
    }

    /**
     * Patches the last build's output after edits that change what briefings say but not where they
     * are filed ({@link Article#placement()}): reloads only the edited files and rewrites only the
     * pages and feeds showing them. Empty, with nothing changed, when the edits need a full build:
     * a briefing added, removed, held back, moved or refiled, one with problems, or a news site map
     * that changes size.
     */
    private Optional<BuildResult> patch(
        LastBuild last, Set<Path> edits, Sources sources, Rendering rendering) {
      IdentityHashMap<Article, Article> replaced = new IdentityHashMap<>();
      Map<Path, BuildCache.LoadedSource> reloaded = new HashMap<>();
      for (Path source : edits) {
        Article before = last.published().get(source);
        if (before == null || !Files.isRegularFile(source)) {
          return Optional.empty();
        }
        String key = loadKey(source, sources);
        if (key == null) {
          return Optional.empty();
        }
        BuildCache.LoadedSource now = load(before.briefing().file(), key, sources);
        if (now.article().isEmpty()
            || !now.problems().isEmpty()
            || !now.article().get().placement().equals(before.placement())) {
          return Optional.empty();
        }
        replaced.put(before, now.article().get());
        reloaded.put(source, now);
      }
      SiteIndex index = last.index().replacing(replaced);
      Map<Path, Article> published = new HashMap<>(last.published());
      reloaded.forEach((source, loaded) -> published.put(source, loaded.article().get()));
      Syndication syndication;
      SiteOutput output;
      try {
        Optional<SiteOutput> patching =
            SiteOutput.patch(options.outputDir(), cache.manifest(options.outputDir(), problems));
        if (patching.isEmpty()) {
          return Optional.empty();
        }
        output = patching.get();
        syndication = new Syndication(site, index, output, rendering.pageSettings());
        if (syndication.newsCount(options.now()) != last.news()) {
          output.abandon();
          return Optional.empty();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot create the output folder next to " + options.outputDir(), e);
      }
      // the briefings not edited are known unchanged: kept without being looked at
      Map<Path, List<Problem>> fileProblems = new HashMap<>(last.problems());
      reloaded.forEach(
          (source, loaded) -> {
            cache.keepLoaded(source, loaded);
            fileProblems.remove(source);
          });
      fileProblems.values().forEach(problems::addAll);
      Set<String> affected = new TreeSet<>();
      for (Article a : replaced.values()) {
        affected.addAll(last.dependents().of(a.sitePath()));
      }
      timer.end("load the edited briefings");
      boolean committed = false;
      try {
        List<PageJob> jobs =
            new PageModels(site, rendering.theme(), rendering.countries())
                .jobs(index, options.termPages(), PageSelection.of(affected));
        // the same pages and feeds show the same briefings: nothing new to record
        SiteWriter writer = rendering.writer(output);
        jobs.parallelStream().forEach(job -> writer.write(job, problems));
        timer.end("render pages");
        if (problems.hasErrors()) {
          return Optional.of(failed());
        }
        syndication.writeFeeds(options.termPages(), affected::contains);
        syndication.writeNewsSitemap(options.now());
        output.settleLoose();
        timer.end("feeds and site maps");
        output.commit(() -> cache.forget(options.outputDir()));
        committed = true;
        cache.finishPatch(
            options.outputDir(), output.manifest(), last.patched(published, index, fileProblems));
        timer.end("update the previous site");
        return Optional.of(result(last.counts(), output));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the site to " + options.outputDir(), e);
      } finally {
        if (!committed) {
          output.abandon();
        }
      }
    }

    /**
     * A briefing file's cache key: the settings, its size and time; null when it cannot be read.
     */
    private static String loadKey(Path source, Sources sources) {
      try {
        BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
        return sources.settings()
            + " "
            + a.size()
            + " "
            + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      } catch (IOException e) {
        return null;
      }
    }

    /**
     * Loads a briefing, or takes what an earlier build loaded from it when nothing it depends on
     * changed: the file (size and time), the settings and theme, the photos and sidecars under
     * content/.
     */
    private Optional<Article> loadOnce(
        Path file, Sources sources, Map<Path, List<Problem>> fileProblems) {
      Path source = file.toAbsolutePath().normalize();
      String key = loadKey(source, sources);
      BuildCache.LoadedSource kept = key == null ? null : cache.loaded(source, key, problems);
      if (kept == null) {
        kept = load(file, key == null ? "-" : key, sources);
        if (key != null) {
          cache.keepLoaded(source, kept);
        }
      }
      problems.addAll(kept.problems());
      if (!kept.problems().isEmpty()) {
        fileProblems.put(source, kept.problems());
      }
      return kept.article();
    }

    /**
     * Reads, checks and renders one briefing: what it is (empty when it has errors) and its
     * problems.
     */
    private BuildCache.LoadedSource load(Path file, String key, Sources sources) {
      Problems own = new Problems();
      Optional<Briefing> loaded = sources.loader().load(file, own);
      if (loaded.isEmpty()) {
        return new BuildCache.LoadedSource(key, Optional.empty(), own.sorted(), null);
      }
      // the checks below run even when the front matter had errors: every problem in one run
      Briefing b = loaded.get();
      sources.terms().check(b, own);
      Photo lead = null;
      PhotoResolver photos = sources.photos();
      if (b.photo() != null) {
        lead = photos.resolve(b.photo(), b.file(), b.path(), own).orElse(null);
      }
      MarkdownRenderer.PhotoLookup lookup = (ref, p) -> photos.resolve(ref, b.file(), b.path(), p);
      CachedBodies.Body body =
          CachedBodies.render(
              sources.markdown(), sources.bodies(), sources.bodySettings(), b, lookup, own);
      if (own.hasErrors()) {
        return new BuildCache.LoadedSource(key, Optional.empty(), own.sorted(), body.key());
      }
      Briefing kept = b.withoutBody();
      String fingerprint =
          Fingerprint.of(
              body.key(), kept.toString(), String.valueOf(lead), body.photos().toString());
      Article article =
          new Article(kept, b.sitePath(site), lead, body.html(), body.photos(), fingerprint);
      return new BuildCache.LoadedSource(key, Optional.of(article), own.sorted(), body.key());
    }
  }

  /**
   * What loading a briefing needs.
   *
   * @param settings the key part every briefing's cache entry shares (settings, templates, assets)
   */
  private record Sources(
      BriefingLoader loader,
      TermCheck terms,
      PhotoResolver photos,
      MarkdownRenderer markdown,
      BodyCache bodies,
      String bodySettings,
      String settings) {}

  /** What rendering pages needs. */
  private record Rendering(
      Theme theme,
      Countries countries,
      Topics topics,
      String pageSettings,
      Map<String, String> pageTemplates) {

    SiteWriter writer(SiteOutput output) {
      return new SiteWriter(output, new PageRenderer(theme), pageSettings, pageTemplates);
    }
  }

  private static void checkTranslationKeys(List<Article> articles, Problems problems) {
    Map<String, List<Briefing>> byKey = new TreeMap<>();
    for (Article a : articles) {
      Briefing b = a.briefing();
      if (b.translationKey() != null) {
        byKey
            .computeIfAbsent(
                b.lang() + "\u0000" + b.translationKey().value(), k -> new ArrayList<>())
            .add(b);
      }
    }
    for (List<Briefing> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (int i = 0; i < same.size(); i++) {
        Briefing b = same.get(i);
        List<String> others = new ArrayList<>();
        for (int j = 0; j < same.size(); j++) {
          if (j != i) {
            others.add(same.get(j).path());
          }
        }
        others.sort(null);
        problems.error(
            b.path(),
            b.translationKey().line(),
            b.translationKey().column(),
            "translationKey '"
                + b.translationKey().value()
                + "' is also used in language '"
                + b.lang()
                + "' by "
                + String.join(", ", others)
                + ": each language may have one version; give one another key");
      }
    }
  }

  private static void checkUniqueUrls(List<Article> articles, Problems problems) {
    Map<String, List<Article>> byUrl = new TreeMap<>();
    for (Article a : articles) {
      byUrl.computeIfAbsent(a.sitePath(), k -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<String, List<Article>> e : byUrl.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<String> paths = e.getValue().stream().map(a -> a.briefing().path()).sorted().toList();
      for (String path : paths) {
        List<String> others = paths.stream().filter(p -> !p.equals(path)).toList();
        problems.error(
            path,
            1,
            1,
            "two briefings have the same URL /"
                + e.getKey()
                + ": this one and "
                + String.join(", ", others)
                + "; give one of them another 'slug:' or file name");
      }
    }
  }

  /** The briefing files the walk found; a warning when there is no content folder at all. */
  private static List<Path> briefingFiles(Path contentDir, SourceTree tree, Problems problems) {
    if (!Files.isDirectory(contentDir)) {
      problems.warning(
          "content", 0, 0, "no content folder: create content/ and write briefings in it");
    }
    return tree.briefings();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
