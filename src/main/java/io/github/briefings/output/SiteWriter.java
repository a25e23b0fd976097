package io.github.briefings.output;

import io.github.briefings.content.Photo;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.render.PageInputs;
import io.github.briefings.render.PageJob;
import io.github.briefings.render.PageRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes pages and copies files into a {@link SiteOutput}; each page is streamed to its file as it
 * renders, and a page or file the output already holds unchanged is skipped.
 */
public final class SiteWriter {

  private final SiteOutput output;
  private final Path root;
  private final PageRenderer renderer;
  private final String settings;
  private final Map<String, String> templates;
  private final Map<String, String> resizedFingerprints = new ConcurrentHashMap<>();
  private volatile Path linkable;
  private volatile ShownBriefings shown = ShownBriefings.NONE;
  private final AtomicInteger pages = new AtomicInteger();
  private final Set<Path> madeDirectories = ConcurrentHashMap.newKeySet();

  /**
   * @param settings the fingerprint of everything besides a page's model that shapes it (engine,
   *     theme, site settings, build options)
   * @param templates the fingerprint of each page template the project overrides (by name): a page
   *     depends on its own template, not on the others
   */
  public SiteWriter(
      SiteOutput output, PageRenderer renderer, String settings, Map<String, String> templates) {
    this.templates = Map.copyOf(templates);
    this.output = output;
    this.root = output.root();
    this.renderer = renderer;
    this.settings = settings;
  }

  /**
   * Renders and writes one page unless the output holds it already; a template problem goes to
   * {@code problems}.
   */
  public void write(PageJob lazy, Problems problems) {
    Path file = target(lazy.sitePath());
    pages.incrementAndGet();
    Fingerprint made =
        new Fingerprint()
            .add(settings)
            .add(lazy.template())
            .add(templates.getOrDefault(lazy.template(), "-"))
            .add(lazy.lang());
    PageJob job = null;
    if (lazy.inputs() != null) {
      // known from its inputs: the model is made only when the page must be written
      PageInputs inputs = lazy.inputs().get();
      shown.shows(lazy.sitePath(), inputs.briefings());
      inputs.addTo(made);
    } else {
      job = lazy.withModel(lazy.model());
      made.addValue(job.model());
    }
    String fingerprint = made.hex();
    if (output.unchanged(lazy.sitePath(), fingerprint)) {
      return;
    }
    if (job == null) {
      job = lazy.withModel(lazy.model());
    }
    try {
      makeDirectories(file.getParent());
      ByteCount bytes = new ByteCount(Files.newOutputStream(file));
      try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
        Optional<Problem> problem = renderer.render(job, out);
        if (problem.isPresent()) {
          problems.add(problem.get());
          return;
        }
      }
      output.written(job.sitePath(), fingerprint, bytes.count());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Copies one file to its site-relative path. */
  public void copy(String sitePath, Path source) {
    copy(sitePath, source, null);
  }

  /**
   * Copies one file to its site-relative path, made from {@code fingerprint} (null: the source's
   * path, size and time), unless the output holds it already.
   */
  public void copy(String sitePath, Path source, String fingerprint) {
    Path file = target(sitePath);
    try {
      BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
      if (fingerprint == null) {
        fingerprint = stamp(source, attributes);
      }
      if (output.unchanged(sitePath, fingerprint)) {
        return;
      }
      makeDirectories(file.getParent());
      if (!link(source, file)) {
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
      }
      output.written(sitePath, fingerprint, attributes.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + " to " + file, e);
    }
  }

  /**
   * Of {@code photos}, those whose resized copies must be made: a photo's copies are made from its
   * file, so those the output holds for the same file (path, size, time) are kept without reading
   * the photo. Call {@link #copyResized} with the copies made.
   */
  public List<Photo> toResize(Collection<Photo> photos) {
    return photos.parallelStream()
        .filter(
            p -> {
              String stamp;
              try {
                stamp = "resized " + stamp(p.file());
              } catch (IOException e) {
                return true;
              }
              boolean held = true;
              for (Photo.Variant v : p.variants()) {
                resizedFingerprints.put(v.sitePath(), stamp);
                held &= output.holds(v.sitePath(), stamp);
              }
              if (held) {
                p.variants().forEach(v -> output.keep(v.sitePath()));
              }
              return !held;
            })
        .toList();
  }

  /** Copies resized copies (site path to cached file) of the photos {@link #toResize} returned. */
  public void copyResized(Map<String, Path> copies) {
    copies.entrySet().parallelStream()
        .forEach(e -> copy(e.getKey(), e.getValue(), resizedFingerprints.get(e.getKey())));
  }

  /** A file's path, size and time: {@code copy /x/y.jpg 1234 1700000000000}. */
  private static String stamp(Path source) throws IOException {
    return stamp(source, Files.readAttributes(source, BasicFileAttributes.class));
  }

  private static String stamp(Path source, BasicFileAttributes a) {
    return "copy "
        + source.toAbsolutePath()
        + " "
        + a.size()
        + " "
        + a.lastModifiedTime().toMillis();
  }

  /**
   * Hard-links a file of the {@link #linking(Path) linkable} folder instead of copying it (no data
   * written); false when it is elsewhere or the file system cannot link.
   */
  private boolean link(Path source, Path file) {
    if (linkable == null || !source.startsWith(linkable)) {
      return false;
    }
    try {
      try {
        Files.createLink(file, source);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        Files.delete(file);
        Files.createLink(file, source);
      }
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Files under {@code folder} are hard-linked rather than copied: only for a folder whose files
   * are never changed in place (the image cache: each file is written once, under its content's
   * hash).
   */
  public SiteWriter linking(Path folder) {
    this.linkable = folder == null ? null : folder.toAbsolutePath().normalize();
    return this;
  }

  /** Tells {@code record} which briefings each page shows. */
  public SiteWriter recording(ShownBriefings record) {
    this.shown = record;
    return this;
  }

  /** Pages the site has (written or already in the output). */
  public int pages() {
    return pages.get();
  }

  /** Creates a folder and its parents once per build (each folder is asked for by many files). */
  private void makeDirectories(Path dir) throws IOException {
    if (madeDirectories.contains(dir)) {
      return;
    }
    if (!dir.equals(root)) {
      makeDirectories(dir.getParent());
      try {
        Files.createDirectory(dir);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // made by another thread at the same time
      }
    }
    madeDirectories.add(dir);
  }

  private Path target(String sitePath) {
    Path file = root.resolve(sitePath).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException(
          "refusing to write outside the output folder: " + sitePath);
    }
    return file;
  }
}
