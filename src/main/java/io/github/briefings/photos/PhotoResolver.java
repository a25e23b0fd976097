package io.github.briefings.photos;

import io.github.briefings.content.CreditPolicy;
import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the photo a briefing names, never outside {@code content/}, and completes its alt text,
 * caption and credit field by field: the briefing first, then each {@link PhotoTextSource} in turn.
 * Thread-safe; what it reads of each file is read once.
 */
public final class PhotoResolver {

  private static final Pattern REMOTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

  private final Path projectDir;
  private final Path contentDir;
  private final CreditPolicy credits;
  private final List<PhotoTextSource> sources;
  private final Map<Path, Seen> seen = new ConcurrentHashMap<>();
  private final Path contentReal;
  private final PhotoVariants variants;

  /** A resolver that plans no resized copies (pages show the originals). */
  public PhotoResolver(
      Path projectDir, Path contentDir, CreditPolicy credits, List<PhotoTextSource> sources) {
    this(projectDir, contentDir, credits, sources, null);
  }

  /** A resolver that plans each photo's resized copies with {@code variants} (null: none). */
  public PhotoResolver(
      Path projectDir,
      Path contentDir,
      CreditPolicy credits,
      List<PhotoTextSource> sources,
      PhotoVariants variants) {
    this.variants = variants;
    this.projectDir = projectDir.toAbsolutePath().normalize();
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.credits = credits;
    this.sources = List.copyOf(sources);
    Path real;
    try {
      real = this.contentDir.toRealPath();
    } catch (IOException e) {
      real = this.contentDir;
    }
    this.contentReal = real;
  }

  /**
   * What one read of a photo file told: its size, and (when the size is sound) what its text
   * sources say of it.
   */
  private record Seen(ImageSize size, PhotoText text) {}

  /**
   * The photos' text sources after the briefing: the sidecar file, then the photo's embedded
   * IPTC/XMP.
   */
  public static List<PhotoTextSource> defaultSources() {
    return List.of(new SidecarText(), new EmbeddedText());
  }

  /**
   * Resolves {@code ref}, named in the briefing {@code briefingFile} (reported as {@code
   * briefingPath}). Returns empty when the photo cannot be published; every reason goes to {@code
   * problems}.
   */
  public Optional<Photo> resolve(
      PhotoRef ref, Path briefingFile, String briefingPath, Problems problems) {
    String src = ref.src().strip();
    if (REMOTE.matcher(src).matches()) {
      problems.error(
          briefingPath,
          ref.line(),
          ref.column(),
          "remote photo '"
              + src
              + "' is not supported: save the file under content/ and give its path");
      return Optional.empty();
    }
    Optional<Path> found = locate(src, briefingFile, briefingPath, ref, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Path file = found.get();
    String imagePath = projectDir.relativize(file).toString().replace('\\', '/');
    Seen photo = seen.computeIfAbsent(file, f -> look(f, imagePath, problems));
    ImageSize size = photo.size();
    if (size.problem() != null) {
      problems.error(
          briefingPath, ref.line(), ref.column(), "photo '" + src + "': " + size.problem());
      return Optional.empty();
    }
    String tooLarge = PhotoVariants.tooLarge(size);
    if (tooLarge != null) {
      problems.error(briefingPath, ref.line(), ref.column(), "photo '" + src + "': " + tooLarge);
      return Optional.empty();
    }
    PhotoText text = new PhotoText(ref.alt(), ref.caption(), ref.credit()).orElse(photo.text());
    if (!hasAltAndCredit(text, src, imagePath, briefingPath, ref, problems)) {
      return Optional.empty();
    }
    return published(file, size, text, src, briefingPath, ref, problems);
  }

  /**
   * Whether the photo has alt text and a credit (or may go without a credit, with {@code credits:
   * warn}); each missing one is reported.
   */
  private boolean hasAltAndCredit(
      PhotoText text,
      String src,
      String imagePath,
      String briefingPath,
      PhotoRef ref,
      Problems problems) {
    boolean ok = true;
    if (text.alt() == null) {
      problems.error(
          briefingPath,
          ref.line(),
          ref.column(),
          "photo '"
              + src
              + "' has no alt text: describe "
              + "what it shows for screen readers with alt: \"…\" in the briefing or in "
              + imagePath
              + ".yaml");
      ok = false;
    }
    if (text.credit() == null) {
      problems.report(
          credits == CreditPolicy.ERROR,
          briefingPath,
          ref.line(),
          ref.column(),
          "photo '"
              + src
              + "' has no credit: add credit: \"Name / Agency\" in the briefing or in "
              + imagePath
              + ".yaml"
              + " (or embed it in the photo's IPTC/XMP Credit)");
      ok &= credits == CreditPolicy.WARN;
    }
    return ok;
  }

  /** The photo as pages show it: its URL path, displayed size, text and resized copies. */
  private Optional<Photo> published(
      Path file,
      ImageSize size,
      PhotoText text,
      String src,
      String briefingPath,
      PhotoRef ref,
      Problems problems) {
    String sitePath = "media/" + contentDir.relativize(file).toString().replace('\\', '/');
    ImageSize shown = size;
    List<Photo.Variant> copies = List.of();
    if (variants != null) {
      try {
        shown = variants.displayed(file, size);
        copies = variants.variants(file, size, sitePath);
      } catch (IOException e) {
        problems.error(
            briefingPath,
            ref.line(),
            ref.column(),
            "cannot read photo '" + src + "': " + e.getMessage());
        return Optional.empty();
      }
    }
    return Optional.of(
        new Photo(
            file,
            sitePath,
            shown.width(),
            shown.height(),
            text.alt(),
            text.caption(),
            text.credit(),
            text.creator(),
            text.copyright(),
            copies));
  }

  /**
   * Reads a photo once for its size, its text sources (when its size is sound) and its resized
   * copies' plan; what its sources report goes to {@code problems} this once.
   */
  private Seen look(Path file, String imagePath, Problems problems) {
    PhotoFile photo;
    try {
      photo = PhotoFile.read(file);
    } catch (IOException | RuntimeException e) {
      return new Seen(ImageSize.unreadable(e), PhotoText.NONE);
    }
    ImageSize size = ImageSize.of(photo);
    if (size.problem() != null || PhotoVariants.tooLarge(size) != null) {
      return new Seen(size, PhotoText.NONE);
    }
    if (variants != null) {
      variants.plan(photo, size);
      String damage = variants.damage(photo, size);
      if (damage != null) {
        return new Seen(ImageSize.failed(damage), PhotoText.NONE);
      }
    }
    return new Seen(size, fromSources(photo, imagePath, problems));
  }

  private PhotoText fromSources(PhotoFile file, String imagePath, Problems problems) {
    PhotoText text = PhotoText.NONE;
    for (PhotoTextSource source : sources) {
      if (text.complete()) {
        break;
      }
      text = text.orElse(source.read(file, imagePath, problems));
    }
    return text;
  }

  private Optional<Path> locate(
      String src, Path briefingFile, String briefingPath, PhotoRef ref, Problems problems) {
    List<Path> candidates;
    try {
      candidates = candidates(src, briefingFile);
    } catch (InvalidPathException e) {
      problems.error(
          briefingPath, ref.line(), ref.column(), "photo path '" + src + "' is not a valid path");
      return Optional.empty();
    }
    for (Path candidate : candidates) {
      if (!candidate.startsWith(contentDir)) {
        problems.error(
            briefingPath,
            ref.line(),
            ref.column(),
            "photo path '"
                + src
                + "' leaves the content folder: keep photos under content/ and give a path inside it");
        return Optional.empty();
      }
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return realInsideContent(candidate, src, briefingPath, ref, problems)
            ? Optional.of(candidate)
            : Optional.empty();
      }
    }
    List<String> looked =
        candidates.stream()
            .distinct()
            .map(p -> projectDir.relativize(p).toString().replace('\\', '/'))
            .toList();
    problems.error(
        briefingPath,
        ref.line(),
        ref.column(),
        "photo file not found: '"
            + src
            + "' (looked for "
            + String.join(" and ", looked)
            + "): check the file name, or add the photo");
    return Optional.empty();
  }

  /**
   * Where {@code src} may be: under content/ (a leading /), else beside the briefing, then there.
   */
  private List<Path> candidates(String src, Path briefingFile) {
    List<Path> candidates = new ArrayList<>();
    if (src.startsWith("/")) {
      candidates.add(contentDir.resolve(src.substring(1)).normalize());
    } else {
      candidates.add(briefingFile.toAbsolutePath().getParent().resolve(src).normalize());
      candidates.add(contentDir.resolve(src).normalize());
    }
    return candidates;
  }

  /** Whether the file found is really under content/ (not a link out of it); reported if not. */
  private boolean realInsideContent(
      Path candidate, String src, String briefingPath, PhotoRef ref, Problems problems) {
    try {
      if (!candidate.toRealPath().startsWith(contentReal)) {
        problems.error(
            briefingPath,
            ref.line(),
            ref.column(),
            "photo '"
                + src
                + "' is a link to a file outside content/: copy the file into content/");
        return false;
      }
    } catch (IOException e) {
      problems.error(
          briefingPath,
          ref.line(),
          ref.column(),
          "cannot read photo '" + src + "': " + e.getMessage());
      return false;
    }
    return true;
  }
}
