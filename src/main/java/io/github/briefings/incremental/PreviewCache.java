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
import io.github.briefings.output.SpareListing;
import io.github.briefings.render.Theme;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The preview's build cache, kept in memory across its rebuilds: besides the loaded briefings,
 * bodies and output manifests, the theme, the fingerprint of the assets under content/ until one
 * changes, and what the last rebuild was made of, so that an edit to a briefing's text patches it
 * ({@link PatchedRebuild}). Written to disk only by {@link #flush()}; a manifest is deleted from
 * disk as soon as its output changes, so a preview that dies never leaves one that lies.
 */
public final class PreviewCache extends FolderBackedCache {

  private final Set<Path> unsavedManifests = new HashSet<>();
  private String assets;
  private Set<Path> edits;
  private LastBuild last;
  private Dependents shown;
  private String themeKey;
  private Theme theme;

  /** The listing of the spare the last patch kept, started as it kept it; null when none. */
  private SpareListing spareListing;

  private PreviewCache(CacheFolder folder) {
    super(folder);
  }

  /** A cache for a preview of {@code projectDir}, which reads the project's cache on disk. */
  public static PreviewCache forProject(Path projectDir) {
    return new PreviewCache(
        new CacheFolder(CacheFolder.dirOf(projectDir), EngineVersion.fingerprint()));
  }

  /**
   * Tells which source files changed since the last build ({@code null}: unknown, as for the first
   * build). A changed briefing is seen by its size and time; any other change (a photo, a sidecar,
   * site.yaml, a template) makes the next build fingerprint the assets under content/ again.
   */
  public synchronized void sourcesChanged(Set<Path> changed) {
    if (changed == null || !changed.stream().allMatch(PreviewCache::isBriefing)) {
      assets = null;
      edits = null;
    } else {
      edits = Set.copyOf(changed.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }
  }

  private static boolean isBriefing(Path p) {
    return p.getFileName() != null && p.getFileName().toString().endsWith(".md");
  }

  /** Never: the preview knows what changed, and patches instead. */
  @Override
  public Optional<BuildResult> upToDate(BuildRun run, SourceFiles sources) {
    return Optional.empty();
  }

  /**
   * A patch of the last build when only briefings were edited since, with the same settings, and
   * before the clock alone changes its site (an embargo, an expiry, the news window).
   */
  @Override
  public Optional<BuildResult> patch(BuildRun run, Settings settings) {
    Set<Path> edited;
    LastBuild before;
    synchronized (this) {
      edited = edits;
      edits = null;
      before = last;
    }
    if (edited == null
        || before == null
        || !before.key().equals(settings.keys().build())
        || !run.options().now().isBefore(before.validUntil())) {
      return Optional.empty();
    }
    return PatchedRebuild.run(run, settings, before, edited, this);
  }

  /** The theme, made again only when a template changed. */
  @Override
  public synchronized Theme theme(SortedMap<String, String> templateFiles, Supplier<Theme> make) {
    String key = BuildKeys.theme(templateFiles);
    if (!key.equals(themeKey)) {
      theme = make.get();
      themeKey = key;
    }
    return theme;
  }

  /** The keys; the assets under content/ are walked again only after one changed. */
  @Override
  public WorkKeys keys(
      BuildOptions options,
      SiteConfig site,
      SortedMap<String, String> templateFiles,
      Map<String, String> creditLabels,
      SourceFiles sources) {
    String known;
    synchronized (this) {
      if (assets == null) {
        assets = sources.tree().assets();
      }
      known = assets;
    }
    return BuildKeys.of(folder.engine(), options, site, templateFiles, creditLabels, known);
  }

  @Override
  public synchronized void forget(Path outputDir) {
    unsavedManifests.remove(outputDir.toAbsolutePath().normalize());
    folder.forget(outputDir);
  }

  /** A new record of which pages and feeds show each briefing, kept with the build it hears. */
  @Override
  public synchronized ShownBriefings shown() {
    shown = new Dependents();
    return shown;
  }

  /** Keeps the site's manifest (unsaved) and what the build was made of, to patch it. */
  @Override
  public synchronized void built(BuiltSite site) {
    folder.remember(site.outputDir(), site.manifest());
    unsavedManifests.add(site.outputDir().toAbsolutePath().normalize());
    folder.nextBuild();
    last = LastBuild.of(site, shown);
    spareListing = null;
  }

  /** Forgets the last build: the next one runs every stage. */
  @Override
  public synchronized void failed() {
    last = null;
    spareListing = null;
  }

  /**
   * Ends a build that patched {@code outputDir}: keeps its manifest and what it was made of. The
   * entries of the briefings it did not read stay, as they were used.
   */
  synchronized void patched(Path outputDir, OutputManifest manifest, LastBuild build) {
    folder.remember(outputDir, manifest);
    unsavedManifests.add(outputDir.toAbsolutePath().normalize());
    last = build;
    folder.nextBuildKeepingAll();
    // the spare this patch kept stays as it is until the next update takes it: list it now, while
    // the preview waits for the next edit, instead of in the next patch
    spareListing = SpareListing.start(outputDir).orElse(null);
  }

  /**
   * The listing of the spare the last patch kept, for the next patch (once); null when there is
   * none, or a full build or a failure came after that patch.
   */
  synchronized SpareListing takeSpareListing() {
    SpareListing listing = spareListing;
    spareListing = null;
    return listing;
  }

  /**
   * Writes the loaded briefings, the bodies and the output manifests if they changed since last
   * written.
   */
  public synchronized void flush() {
    for (Path outputDir : unsavedManifests) {
      folder.writeManifest(outputDir);
    }
    unsavedManifests.clear();
    folder.writeLoaded();
  }
}
