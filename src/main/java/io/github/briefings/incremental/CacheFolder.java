package io.github.briefings.incremental;

import io.github.briefings.build.LoadedBriefing;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build cache's folder, {@code target/briefing-cache/build/}, which both caches use: rendered
 * bodies ({@link BodyCache}), loaded briefings and, per output folder, what the last build wrote
 * there ({@link OutputManifest}) and said of itself ({@link UpToDate}). Each file is read when
 * first asked for. Files written by another plugin build are ignored; unreadable ones are discarded
 * with a warning and never trusted.
 */
final class CacheFolder {

  private static final String BODIES = "bodies.bin";
  private static final String SOURCES = "sources.bin";

  private final Path dir;
  private final String engine;
  private BodyCache bodies;
  private final Generations<Path, LoadedBriefing> sources = new Generations<>();
  private volatile boolean sourcesRead;
  private final Map<Path, OutputManifest> manifests = new HashMap<>();
  private final Set<String> discarded = new HashSet<>();

  CacheFolder(Path dir, String engine) {
    this.dir = dir;
    this.engine = engine;
  }

  /** The folder of a project's build cache. */
  static Path dirOf(Path projectDir) {
    return projectDir.resolve("target").resolve("briefing-cache").resolve("build");
  }

  /** The engine fingerprint that every file and key includes. */
  String engine() {
    return engine;
  }

  /** The rendered bodies, read from disk the first time. */
  synchronized BodyCache bodies(Problems problems) {
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

  /** What an earlier build loaded from {@code source} with the same {@code key}, or null. */
  LoadedBriefing loaded(Path source, String key, Problems problems) {
    readSources(problems);
    LoadedBriefing entry = sources.peek(source);
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
  void keep(Path source, LoadedBriefing loaded) {
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
      Map<Path, LoadedBriefing> read =
          CacheFile.read(file, engine, in -> SourceCodec.readAll(in, known::peek));
      if (read != null) {
        sources.offer(read);
      }
    } catch (IOException e) {
      discard(file, e, problems);
    }
  }

  /** Starts a new build: only what the last one used stays. */
  synchronized void nextBuild() {
    if (bodies != null) {
      bodies.nextBuild();
    }
    sources.nextBuild();
  }

  /** Starts a new build after one that read only some sources and knew the others unchanged. */
  synchronized void nextBuildKeepingAll() {
    if (bodies != null) {
      bodies.nextBuildKeepingAll();
    }
    sources.nextBuildKeepingAll();
  }

  /** Writes the loaded briefings and the bodies, if they changed since last written. */
  synchronized void writeLoaded() {
    try {
      if (bodies != null && bodies.changed()) {
        CacheFile.write(dir.resolve(BODIES), engine, bodies::write);
        bodies.written();
      }
      if (sourcesRead && sources.changed()) {
        Map<Path, LoadedBriefing> out = sources.current();
        CacheFile.write(dir.resolve(SOURCES), engine, o -> SourceCodec.writeAll(o, out));
        sources.written();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir, e);
    }
  }

  /**
   * What the last successful build left in {@code outputDir}, or null when unknown or untrusted.
   */
  synchronized OutputManifest manifest(Path outputDir, Problems problems) {
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

  /** Keeps {@code manifest} as what {@code outputDir} holds (in memory: {@link #writeManifest}). */
  synchronized void remember(Path outputDir, OutputManifest manifest) {
    manifests.put(outputDir.toAbsolutePath().normalize(), manifest);
  }

  /** Writes the manifest kept for {@code outputDir}, if any. */
  synchronized void writeManifest(Path outputDir) {
    Path key = outputDir.toAbsolutePath().normalize();
    OutputManifest manifest = manifests.get(key);
    if (manifest == null) {
      return;
    }
    try {
      CacheFile.write(manifestFile(key), engine, o -> ManifestCodec.write(o, manifest));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache in " + dir, e);
    }
  }

  /**
   * Forgets {@code outputDir}'s manifest and up-to-date record, on disk too: called before the
   * output is changed in place.
   */
  synchronized void forget(Path outputDir) {
    Path key = outputDir.toAbsolutePath().normalize();
    manifests.remove(key);
    try {
      Files.deleteIfExists(manifestFile(key));
      Files.deleteIfExists(upToDateFile(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the manifest of " + key + " in " + dir, e);
    }
  }

  /** What the last successful build into {@code outputDir} said of itself, or null. */
  synchronized UpToDate upToDate(Path outputDir, Problems problems) {
    Path file = upToDateFile(outputDir.toAbsolutePath().normalize());
    try {
      return CacheFile.read(file, engine, UpToDate::read);
    } catch (IOException e) {
      discard(file, e, problems);
      return null;
    }
  }

  /** Records what a successful build into {@code outputDir} left (after its manifest). */
  synchronized void upToDate(Path outputDir, UpToDate state) {
    Path file = upToDateFile(outputDir.toAbsolutePath().normalize());
    try {
      CacheFile.write(file, engine, state::write);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Of {@code problems}, those about the sources: not the warnings this cache gave about its own
   * files.
   */
  synchronized List<Problem> aboutSources(List<Problem> problems) {
    return problems.stream().filter(p -> !discarded.contains(p.path())).toList();
  }

  private Path upToDateFile(Path outputDir) {
    return manifestFile(outputDir)
        .resolveSibling(
            manifestFile(outputDir)
                .getFileName()
                .toString()
                .replaceFirst("^output-", "up-to-date-"));
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
