package io.github.briefings.photos;

import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import io.github.briefings.content.Photo;
import io.github.briefings.files.AtomicMove;
import io.github.briefings.files.PublishedMode;
import io.github.briefings.problems.Problems;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Plans and writes each photo's resized copies (480, 960 and 1600 pixels wide, never upscaled, plus
 * the original width), with content-hashed names, EXIF orientation applied, and a cache folder
 * keyed by the source's SHA-256, the width and the quality, so that an unchanged photo is never
 * resized twice. A cached copy is used only when its size and SHA-256 match those recorded when it
 * was made; otherwise it is made again. Thread-safe; one instance per build.
 */
public final class PhotoVariants {

  /** The widths offered, narrowest first; the original width is always offered too. */
  public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

  /** JPEG quality of the copies. */
  public static final float QUALITY = 0.82f;

  /** The largest image decoded, in pixels (50 megapixels: about 200 MB once decoded). */
  public static final long MAX_PIXELS = 50_000_000L;

  private final Path cacheDir;
  private final Map<Path, Plan> plans = new ConcurrentHashMap<>();
  private final AtomicInteger resized = new AtomicInteger();

  /** A photo's source hash, output format and the copies to make of it. */
  private record Plan(
      String sha256, String format, boolean rotated, List<Photo.Variant> variants) {}

  /**
   * @param cacheDir where resized copies are kept between builds ({@code
   *     target/briefing-cache/images})
   */
  public PhotoVariants(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /** The cache folder of the project {@code projectDir}. */
  public static Path cacheDirOf(Path projectDir) {
    return projectDir.resolve("target").resolve("briefing-cache").resolve("images");
  }

  /**
   * Whether an image of this header size is too large to decode, and why (or null when it is not).
   */
  public static String tooLarge(ImageSize size) {
    long pixels = (long) size.width() * size.height();
    if (pixels <= MAX_PIXELS) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "the image is %d×%d pixels (%.1f megapixels), over the limit of %d "
            + "megapixels: it is not decoded; export it smaller (e.g. 3000 pixels wide) and replace it",
        size.width(),
        size.height(),
        pixels / 1e6,
        MAX_PIXELS / 1_000_000);
  }

  /**
   * Why the photo's image data cannot be published (cut short, corrupt, CMYK), or null. Decoded
   * once per content: a photo found whole is remembered in the image cache by its hash.
   */
  String damage(PhotoFile photo, ImageSize header) {
    Path whole = cacheDir.resolve(planOf(photo, header).sha256 + ".whole");
    if (Files.exists(whole)) {
      return null;
    }
    String damage = ImageCheck.damage(photo.bytes());
    if (damage == null) {
      try {
        Files.createDirectories(cacheDir);
        Files.write(whole, new byte[0]);
      } catch (IOException e) {
        // not remembered: decoded again next time
      }
    }
    return damage;
  }

  /**
   * The size {@code file} is displayed at: its header size, turned by its EXIF orientation (JPEG
   * only).
   */
  @SuppressWarnings("ArgumentSelectionDefectChecker") // turned a quarter: width and height swap
  public ImageSize displayed(Path file, ImageSize header) throws IOException {
    return plan(file, header).rotated
        ? new ImageSize(/* width= */ header.height(), /* height= */ header.width(), null)
        : header;
  }

  /**
   * The copies to publish of {@code file}, whose header says {@code header}, the original being
   * published at {@code sitePath}; narrowest first, the last one at the displayed width.
   */
  public List<Photo.Variant> variants(Path file, ImageSize header, String sitePath)
      throws IOException {
    return plan(file, header).variants.stream()
        .map(v -> new Photo.Variant(sitePath(sitePath, v), v.width(), v.height()))
        .toList();
  }

  /**
   * Plans the copies of a photo already read (its hash and EXIF orientation come from that read),
   * so that {@link #displayed} and {@link #variants} need not read it again.
   */
  public void plan(PhotoFile photo, ImageSize header) {
    planOf(photo, header);
  }

  private Plan planOf(PhotoFile photo, ImageSize header) {
    return plans.computeIfAbsent(photo.path(), f -> makePlan(photo, header));
  }

  private Plan plan(Path file, ImageSize header) throws IOException {
    Plan known = plans.get(file);
    if (known != null) {
      return known;
    }
    return planOf(PhotoFile.read(file), header);
  }

  private Plan makePlan(PhotoFile photo, ImageSize header) {
    byte[] bytes = photo.bytes();
    String sha = sha256(bytes);
    Path file = photo.path();
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String format = ext.equals("png") || ext.equals("gif") ? "png" : "jpg";
    boolean rotated = photo.isJpeg() && orientation(photo) >= 5;
    int w = rotated ? header.height() : header.width();
    int h = rotated ? header.width() : header.height();
    List<Integer> widths = new ArrayList<>();
    for (int width : WIDTHS) {
      if (width < w) {
        widths.add(width);
      }
    }
    widths.add(w);
    List<Photo.Variant> variants = new ArrayList<>();
    for (int width : widths) {
      int height = Math.max(1, (int) Math.round((double) h * width / w));
      variants.add(
          new Photo.Variant(width + "." + sha.substring(0, 10) + "." + format, width, height));
    }
    return new Plan(sha, format, rotated, variants);
  }

  /**
   * The site path of a copy: the original's path with {@code .WIDTH.HASH.EXT} in place of its
   * extension.
   */
  private static String sitePath(String originalSitePath, Photo.Variant planned) {
    int slash = originalSitePath.lastIndexOf('/');
    int dot = originalSitePath.lastIndexOf('.');
    String stem = dot > slash ? originalSitePath.substring(0, dot) : originalSitePath;
    return stem + "." + planned.sitePath();
  }

  /**
   * Makes sure every copy of every photo is in the cache, resizing in parallel what is missing, and
   * returns the files to publish: site path to cached file. A photo that cannot be resized is an
   * error on its file.
   */
  public Map<String, Path> write(
      Collection<Photo> photos, String projectRelative, Problems problems) {
    Map<String, Path> out = new ConcurrentHashMap<>();
    try {
      Files.createDirectories(cacheDir);
    } catch (IOException e) {
      problems.error(
          projectRelative,
          0,
          0,
          "cannot create the image cache folder " + cacheDir + ": " + e.getMessage());
      return out;
    }
    List<Photo> planned = new ArrayList<>();
    for (Photo photo : photos) {
      if (!photo.variants().isEmpty()) {
        planned.add(photo);
      }
    }
    planned.parallelStream().forEach(photo -> writeCopies(photo, out, problems));
    return new TreeMap<>(out);
  }

  /** Puts {@code photo}'s copies in {@code out}, resizing those the cache lacks. */
  private void writeCopies(Photo photo, Map<String, Path> out, Problems problems) {
    Plan plan = plans.get(photo.file());
    if (plan == null) {
      // a briefing loaded by an earlier build: its photo was not read by this one
      try {
        PhotoFile read = PhotoFile.read(photo.file());
        plan = planOf(read, ImageSize.of(read));
      } catch (IOException e) {
        problems.error(
            photo.sitePath().replaceFirst("^media/", "content/"),
            0,
            0,
            "cannot read the photo: " + e.getMessage());
        return;
      }
    }
    List<Photo.Variant> missing = new ArrayList<>();
    for (Photo.Variant v : photo.variants()) {
      Path cached = cached(plan, v);
      if (CopySeal.intact(cached)) {
        out.put(v.sitePath(), cached);
      } else {
        missing.add(v);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try {
      // decoded once, turned by its EXIF orientation, then scaled to each missing width
      BufferedImage source =
          ImageReaders.isWebP(photo.file())
              ? ImageReaders.decodeWebP(photo.file())
              : Thumbnails.of(photo.file().toFile())
                  .scale(1.0)
                  .useExifOrientation(true)
                  .asBufferedImage();
      for (Photo.Variant v : missing) {
        Path cached = cached(plan, v);
        resize(source, plan, v, cached);
        out.put(v.sitePath(), cached);
      }
    } catch (IOException | RuntimeException e) {
      problems.error(
          photo.sitePath().replaceFirst("^media/", "content/"),
          0,
          0,
          "cannot resize the photo ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "): the image data is damaged; re-export the photo");
    }
  }

  /** How many copies this instance resized (the others came from the cache). */
  public int resized() {
    return resized.get();
  }

  private Path cached(Plan plan, Photo.Variant v) {
    return cacheDir.resolve(
        plan.sha256 + "." + v.width() + ".q" + Math.round(QUALITY * 100) + "." + plan.format);
  }

  private void resize(BufferedImage source, Plan plan, Photo.Variant v, Path cached)
      throws IOException {
    Path tmp = Files.createTempFile(cacheDir, ".resize-", "." + plan.format);
    try {
      var builder =
          Thumbnails.of(source).forceSize(v.width(), v.height()).outputFormat(plan.format);
      if (plan.format.equals("jpg")) {
        builder.outputQuality(QUALITY);
      }
      builder.toFile(tmp.toFile());
      PublishedMode.set(tmp);
      CopySeal.seal(tmp, cached);
      AtomicMove.replace(tmp, cached);
      resized.incrementAndGet();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The EXIF orientation (1 to 8), 1 when absent or unreadable. */
  private static int orientation(PhotoFile photo) {
    try {
      Metadata metadata = photo.metadata();
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
      }
    } catch (Exception e) {
      // unreadable EXIF: shown as stored
    }
    return 1;
  }
}
