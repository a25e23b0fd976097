package io.github.briefings.cache;

import io.github.briefings.content.Article;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build cache in {@code target/briefing-cache/build/}: rendered bodies ({@link BodyCache}) and,
 * per output folder, what the last build wrote there ({@link OutputManifest}). Files written by
 * another plugin build are ignored; unreadable ones are discarded with a warning and never trusted.
 * One instance may serve many builds (the preview keeps it in memory between rebuilds).
 */
public final class BuildCache {

  private static final String BODIES = "bodies.bin";
  private static final String SOURCES = "sources.bin";

  private final Path dir;
  private final String engine;
  private final boolean longLived;
  private BodyCache bodies;
  private final Map<Path, OutputManifest> manifests = new HashMap<>();
  private final Set<Path> unsavedManifests = new java.util.HashSet<>();
  private final Generations<Path, LoadedSource> sources = new Generations<>();
  private volatile boolean sourcesRead;
  private String assets;
  private final Map<String, Object> themes = new ConcurrentHashMap<>();
  private Set<Path> edits;
  private final Set<String> discarded = new java.util.HashSet<>();
  private LastBuild last;

  private BuildCache(Path dir, String engine, boolean longLived) {
    this.dir = dir;
    this.engine = engine;
    this.longLived = longLived;
  }

  /** The folder of a project's build cache. */
  public static Path dirOf(Path projectDir) {
    return projectDir.resolve("target").resolve("briefing-cache").resolve("build");
  }

  /** A cache for one build, read from and written to {@code projectDir}'s target folder. */
  public static BuildCache forProject(Path projectDir) {
    return new BuildCache(dirOf(projectDir), EngineVersion.fingerprint(), false);
  }

  /**
   * A cache kept in memory across many builds (the preview): loaded briefings, bodies and output
   * manifests are written to disk only by {@link #flush()} (a manifest is deleted from disk as soon
   * as its output changes, so a preview that dies never leaves one that lies).
   */
  public static BuildCache longLived(Path projectDir) {
    return new BuildCache(dirOf(projectDir), EngineVersion.fingerprint(), true);
  }

  /** For tests: a cache in {@code dir} that claims to be written by {@code engine}. */
  static BuildCache forTest(Path dir, String engine) {
    return new BuildCache(dir, engine, false);
  }

  /**
   * Tells a long-lived cache which source files changed since its last build ({@code null}:
   * unknown, as for the first build). A changed briefing is seen by its size and time; any other
   * change (a photo, a sidecar, site.yaml, a template) makes the next build fingerprint the assets
   * under content/ again.
   */
  public synchronized void sourcesChanged(Set<Path> changed) {
    if (changed == null || !changed.stream().allMatch(BuildCache::isBriefing)) {
      assets = null;
      edits = null;
    } else {
      edits = Set.copyOf(changed.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }
  }

  /**
   * The briefing files the last {@link #sourcesChanged} named, when it named only briefings (else
   * null); asked once per build.
   */
  public synchronized Set<Path> takeEdits() {
    Set<Path> out = edits;
    edits = null;
    return out;
  }

  /**
   * What the last successful build of this long-lived cache was made of, or null (never for a
   * one-build cache).
   */
  public synchronized LastBuild lastBuild() {
    return last;
  }

  /** Remembers what a successful build was made of, in a long-lived cache. */
  public synchronized void remember(LastBuild build) {
    if (longLived) {
      last = build;
    }
  }

  private static boolean isBriefing(Path p) {
    return p.getFileName() != null && p.getFileName().toString().endsWith(".md");
  }

  /**
   * The fingerprint of every file under {@code content/} that is not a briefing (photos, sidecars),
   * as {@code walk} makes it: a long-lived cache asks it again only after {@link #sourcesChanged}
   * named such a file, a one-build cache every time.
   */
  public synchronized String assets(java.util.function.Supplier<String> walk) {
    if (assets == null || !longLived) {
      assets = walk.get();
    }
    return assets;
  }

  /**
   * What a build loaded from one briefing file.
   *
   * @param key what it was loaded from: the settings, the assets, the file's size and time
   * @param article the briefing ready to publish, or empty when it has errors
   * @param problems what its loading reported
   * @param bodyKey the key of its rendered body in the {@link BodyCache}, or null
   */
  public record LoadedSource(
      String key, Optional<Article> article, List<Problem> problems, String bodyKey) {

    public LoadedSource {
      problems = List.copyOf(problems);
    }
  }

  /** What an earlier build loaded from {@code source} with the same {@code key}, or null. */
  public LoadedSource loaded(Path source, String key, Problems problems) {
    readSources(problems);
    LoadedSource entry = sources.peek(source);
    if (entry == null || !entry.key().equals(key)) {
      return null;
    }
    if (entry.bodyKey() != null && bodies.get(entry.bodyKey()) == null) {
      return null;
    }
    sources.get(source);
    return entry;
  }

  /** Keeps what was loaded from {@code source}, for the next builds. */
  public void keepLoaded(Path source, LoadedSource loaded) {
    sources.put(source, loaded);
  }

  private synchronized void readSources(Problems problems) {
    if (sourcesRead) {
      return;
    }
    sourcesRead = true;
    BodyCache known = bodies(problems);
    Path file = dir.resolve(SOURCES);
    try {
      Map<Path, LoadedSource> read =
          CacheFile.read(file, engine, in -> SourceCodec.readAll(in, known::peek));
      if (read != null) {
        sources.offer(read);
      }
    } catch (IOException e) {
      discard(file, e, problems);
    }
  }

  private void writeSources() throws IOException {
    if (sources.changed()) {
      Map<Path, LoadedSource> out = sources.current();
      CacheFile.write(dir.resolve(SOURCES), engine, o -> SourceCodec.writeAll(o, out));
      sources.written();
    }
  }

  private void nextBuild() {
    if (bodies != null) {
      bodies.nextBuild();
    }
    sources.nextBuild();
  }

  /** The theme for a templates fingerprint, made once per long-lived cache. */
  @SuppressWarnings("unchecked")
  public <T> T theme(String fingerprint, java.util.function.Supplier<T> make) {
    if (!longLived) {
      return make.get();
    }
    if (!themes.containsKey(fingerprint)) {
      themes.clear();
    }
    return (T) themes.computeIfAbsent(fingerprint, k -> make.get());
  }

  /** Whether this cache serves many builds (the preview's). */
  public boolean longLived() {
    return longLived;
  }

  /** The engine fingerprint that every key includes. */
  public String engine() {
    return engine;
  }

  /** The rendered bodies, read from disk the first time. */
  public synchronized BodyCache bodies(Problems problems) {
    if (bodies == null) {
      Path file = dir.resolve(BODIES);
      try {
        bodies = CacheFile.read(file, engine, BodyCache::read);
      } catch (IOException e) {
        discard(file, e, problems);
      }
      if (bodies == null) {
        bodies = BodyCache.empty();
      }
    }
    return bodies;
  }

  /**
   * What the last successful build left in {@code outputDir}, or null when unknown or untrusted.
   */
  public synchronized OutputManifest manifest(Path outputDir, Problems problems) {
    Path key = outputDir.toAbsolutePath().normalize();
    OutputManifest known = manifests.get(key);
    if (known != null) {
      return known;
    }
    Path file = manifestFile(key);
    try {
      OutputManifest read = CacheFile.read(file, engine, ManifestCodec::read);
      if (read != null && read.outputDir().equals(key.toString())) {
        manifests.put(key, read);
        return read;
      }
    } catch (IOException e) {
      discard(file, e, problems);
    }
    return null;
  }

  /**
   * Forgets {@code outputDir}'s manifest, on disk too: called before the output is changed in
   * place.
   */
  public synchronized void forget(Path outputDir) {
    Path key = outputDir.toAbsolutePath().normalize();
    manifests.remove(key);
    unsavedManifests.remove(key);
    try {
      Files.deleteIfExists(manifestFile(key));
      Files.deleteIfExists(upToDateFile(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the manifest of " + key + " in " + dir, e);
    }
  }

  /**
   * What the last successful build into {@code outputDir} said of itself, or null (never in a
   * long-lived cache).
   */
  public synchronized UpToDate upToDate(Path outputDir, Problems problems) {
    if (longLived) {
      return null;
    }
    Path file = upToDateFile(outputDir.toAbsolutePath().normalize());
    try {
      return CacheFile.read(file, engine, UpToDate::read);
    } catch (IOException e) {
      discard(file, e, problems);
      return null;
    }
  }

  /**
   * Records what a successful build into {@code outputDir} left (after {@link #finish}); a
   * one-build cache only.
   */
  public synchronized void upToDate(Path outputDir, UpToDate state) {
    if (longLived) {
      return;
    }
    Path file = upToDateFile(outputDir.toAbsolutePath().normalize());
    try {
      CacheFile.write(file, engine, state::write);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private Path upToDateFile(Path outputDir) {
    return manifestFile(outputDir)
        .resolveSibling(
            manifestFile(outputDir)
                .getFileName()
                .toString()
                .replaceFirst("^output-", "up-to-date-"));
  }

  /**
   * Records and writes what a successful build left in its output folder; writes the bodies if they
   * changed.
   */
  public synchronized void finish(Path outputDir, OutputManifest manifest) {
    Path key = outputDir.toAbsolutePath().normalize();
    try {
      if (manifest != null) {
        manifests.put(key, manifest);
        if (longLived) {
          // written by flush(): until then no manifest is on disk, so a preview that dies
          // leaves the next build to start from nothing rather than trust a stale one
          unsavedManifests.add(key);
        } else {
          CacheFile.write(manifestFile(key), engine, o -> ManifestCodec.write(o, manifest));
        }
      }
      if (!longLived) {
        writeLoaded();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir, e);
    }
    nextBuild();
  }

  /**
   * Ends a build that failed: the briefings it loaded and the bodies it rendered are still good.
   */
  public synchronized void finishFailed() {
    last = null;
    try {
      if (!longLived) {
        writeLoaded();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir, e);
    }
  }

  /**
   * Ends a build that patched {@code outputDir} (a long-lived cache only): records its manifest and
   * what it was made of. The entries of the briefings it did not read stay, as they were used.
   */
  public synchronized void finishPatch(Path outputDir, OutputManifest manifest, LastBuild build) {
    Path key = outputDir.toAbsolutePath().normalize();
    manifests.put(key, manifest);
    unsavedManifests.add(key);
    last = build;
    if (bodies != null) {
      bodies.nextBuildKeepingAll();
    }
    sources.nextBuildKeepingAll();
  }

  /**
   * Writes the loaded briefings, the bodies and the output manifests if they changed since last
   * written.
   */
  public synchronized void flush() {
    try {
      for (Path key : unsavedManifests) {
        OutputManifest manifest = manifests.get(key);
        if (manifest != null) {
          CacheFile.write(manifestFile(key), engine, o -> ManifestCodec.write(o, manifest));
        }
      }
      unsavedManifests.clear();
      writeLoaded();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir, e);
    }
  }

  private void writeLoaded() throws IOException {
    if (bodies != null && bodies.changed()) {
      CacheFile.write(dir.resolve(BODIES), engine, bodies::write);
      bodies.written();
    }
    if (sourcesRead) {
      writeSources();
    }
  }

  private Path manifestFile(Path outputDir) {
    String name = outputDir.getFileName() == null ? "site" : outputDir.getFileName().toString();
    return dir.resolve(
        "output-" + name + "-" + Fingerprint.of(outputDir.toString()).substring(0, 12) + ".bin");
  }

  /** {@code target/briefing-cache/build/x} for a project's cache, else the absolute path. */
  private String displayPath(Path file) {
    Path shown = file;
    if (dir.endsWith(Path.of("target", "briefing-cache", "build"))) {
      shown = dir.getParent().getParent().getParent().relativize(file);
    }
    return shown.toString().replace('\\', '/');
  }

  /**
   * Of {@code problems}, those about the sources: not the warnings this cache gave about its own
   * files.
   */
  public synchronized List<Problem> aboutSources(List<Problem> problems) {
    return problems.stream().filter(p -> !discarded.contains(p.path())).toList();
  }

  private synchronized void discard(Path file, IOException why, Problems problems) {
    discarded.add(displayPath(file));
    problems.warning(
        displayPath(file),
        0,
        0,
        "the build cache could not be trusted ("
            + why.getMessage()
            + ") and was discarded: this build "
            + "does all the work again; nothing to do");
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // it will be overwritten by this build
    }
  }
}
