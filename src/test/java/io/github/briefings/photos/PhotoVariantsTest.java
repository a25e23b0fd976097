package io.github.briefings.photos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.content.Photo;
import io.github.briefings.problems.Problems;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class PhotoVariantsTest {

  @TempDir Path tmp;

  @Test
  void aLargePhotoGetsEachWidthAndItsOwn() throws IOException {
    Path file = jpeg("big.jpg", 3000, 2000);
    PhotoVariants variants = new PhotoVariants(tmp.resolve("cache"));
    List<Photo.Variant> list = variants.variants(file, ImageSize.of(file), "media/images/big.jpg");

    assertThat(list).extracting(Photo.Variant::width).containsExactly(480, 960, 1600, 3000);
    assertThat(list).extracting(Photo.Variant::height).containsExactly(320, 640, 1067, 2000);
    assertThat(list)
        .extracting(Photo.Variant::sitePath)
        .allMatch(p -> p.matches("media/images/big\\.\\d+\\.[0-9a-f]{10}\\.jpg"));
    assertThat(list.get(1).sitePath()).startsWith("media/images/big.960.");

    Problems problems = new Problems();
    Map<String, Path> written = variants.write(List.of(photo(file, list)), "content", problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(written).hasSize(4);
    for (Photo.Variant v : list) {
      BufferedImage img = ImageIO.read(written.get(v.sitePath()).toFile());
      assertThat(img.getWidth()).isEqualTo(v.width());
      assertThat(img.getHeight()).isEqualTo(v.height());
    }
    Photo shown = photo(file, list);
    assertThat(shown.src().width()).isEqualTo(960);
    assertThat(shown.srcset("/b/"))
        .isEqualTo(
            String.join(
                ", ",
                list.stream().map(v -> "/b/" + v.sitePath() + " " + v.width() + "w").toList()));
  }

  @Test
  void aSmallPhotoIsNeverUpscaled() throws IOException {
    Path file = jpeg("small.jpg", 400, 300);
    List<Photo.Variant> list =
        new PhotoVariants(tmp.resolve("cache"))
            .variants(file, ImageSize.of(file), "media/small.jpg");
    assertThat(list).extracting(Photo.Variant::width).containsExactly(400);
    assertThat(list).extracting(Photo.Variant::height).containsExactly(300);
    assertThat(photo(file, list).src().width()).isEqualTo(400);
  }

  @Test
  void exifOrientationSixTurnsThePhoto() throws IOException {
    Path file = jpeg("turned.jpg", 600, 400);
    insertExifOrientation(file, 6);
    PhotoVariants variants = new PhotoVariants(tmp.resolve("cache"));
    ImageSize header = ImageSize.of(file);
    assertThat(header.width()).isEqualTo(600);

    ImageSize shown = variants.displayed(file, header);
    assertThat(shown.width()).isEqualTo(400);
    assertThat(shown.height()).isEqualTo(600);
    List<Photo.Variant> list = variants.variants(file, header, "media/turned.jpg");
    assertThat(list).extracting(Photo.Variant::width).containsExactly(400);
    assertThat(list).extracting(Photo.Variant::height).containsExactly(600);

    Problems problems = new Problems();
    Map<String, Path> written = variants.write(List.of(photo(file, list)), "content", problems);
    assertThat(problems.sorted()).isEmpty();
    BufferedImage img = ImageIO.read(written.get(list.get(0).sitePath()).toFile());
    assertThat(img.getWidth()).isEqualTo(400);
    assertThat(img.getHeight()).isEqualTo(600);
  }

  @Test
  void anUnchangedPhotoIsResizedOnce() throws IOException {
    Path file = jpeg("cached.jpg", 2000, 1000);
    Path cache = tmp.resolve("cache");
    PhotoVariants first = new PhotoVariants(cache);
    List<Photo.Variant> list = first.variants(file, ImageSize.of(file), "media/cached.jpg");
    Map<String, Path> written = first.write(List.of(photo(file, list)), "content", new Problems());
    assertThat(first.resized()).isEqualTo(4);
    for (Path p : written.values()) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000L));
    }

    PhotoVariants second = new PhotoVariants(cache);
    List<Photo.Variant> again = second.variants(file, ImageSize.of(file), "media/cached.jpg");
    Map<String, Path> rewritten =
        second.write(List.of(photo(file, again)), "content", new Problems());
    assertThat(second.resized()).isZero();
    assertThat(rewritten).isEqualTo(written);
    for (Path p : rewritten.values()) {
      assertThat(Files.getLastModifiedTime(p)).isEqualTo(FileTime.fromMillis(1_000_000L));
    }

    // a changed photo has a new hash, so new names and new copies
    Path changed = jpeg("cached.jpg", 2000, 1001);
    PhotoVariants third = new PhotoVariants(cache);
    List<Photo.Variant> other = third.variants(changed, ImageSize.of(changed), "media/cached.jpg");
    assertThat(other.get(0).sitePath()).isNotEqualTo(list.get(0).sitePath());
    third.write(List.of(photo(changed, other)), "content", new Problems());
    assertThat(third.resized()).isEqualTo(4);
  }

  @Test
  void aCachedCopyCutShortOrDamagedIsMadeAgainNotPublished() throws IOException {
    Path file = jpeg("sealed.jpg", 2000, 1000);
    List<Photo.Variant> list = variantsOf(file, "media/sealed.jpg");
    Map<String, Path> written = writeCopies(file, list);
    Path narrow = written.get(list.get(0).sitePath());
    Path wide = written.get(list.get(2).sitePath());
    Path unsealed = written.get(list.get(3).sitePath());
    byte[] narrowBytes = Files.readAllBytes(narrow);
    byte[] wideBytes = Files.readAllBytes(wide);
    byte[] unsealedBytes = Files.readAllBytes(unsealed);
    assertThat(Files.readString(CopySeal.of(narrow)))
        .matches(narrowBytes.length + " [0-9a-f]{64}\n");

    // cut to its first third; one byte changed in place (same size); its seal lost
    Files.write(narrow, java.util.Arrays.copyOf(narrowBytes, narrowBytes.length / 3));
    byte[] flipped = wideBytes.clone();
    flipped[flipped.length / 2] ^= 0x5a;
    Files.write(wide, flipped);
    Files.delete(CopySeal.of(unsealed));

    PhotoVariants second = new PhotoVariants(tmp.resolve("cache"));
    List<Photo.Variant> again = second.variants(file, ImageSize.of(file), "media/sealed.jpg");
    Problems problems = new Problems();
    Map<String, Path> remade = second.write(List.of(photo(file, again)), "content", problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(second.resized()).isEqualTo(3);
    assertThat(Files.readAllBytes(remade.get(list.get(0).sitePath()))).isEqualTo(narrowBytes);
    assertThat(Files.readAllBytes(remade.get(list.get(2).sitePath()))).isEqualTo(wideBytes);
    assertThat(Files.readAllBytes(remade.get(list.get(3).sitePath()))).isEqualTo(unsealedBytes);
    assertThat(CopySeal.intact(remade.get(list.get(3).sitePath()))).isTrue();
  }

  private List<Photo.Variant> variantsOf(Path file, String sitePath) throws IOException {
    return new PhotoVariants(tmp.resolve("cache")).variants(file, ImageSize.of(file), sitePath);
  }

  /** The copies of {@code file} written into the image cache, by site path. */
  private Map<String, Path> writeCopies(Path file, List<Photo.Variant> list) throws IOException {
    PhotoVariants variants = new PhotoVariants(tmp.resolve("cache"));
    variants.variants(file, ImageSize.of(file), "media/x.jpg");
    Problems problems = new Problems();
    Map<String, Path> written = variants.write(List.of(photo(file, list)), "content", problems);
    assertThat(problems.sorted()).isEmpty();
    return written;
  }

  @Test
  void overFiftyMegapixelsIsRefusedFromTheHeaderAlone() throws IOException {
    Path file = tmp.resolve("huge.png");
    Files.write(file, pngHeader(10_000, 6_000));
    ImageSize size = ImageSize.of(file);
    assertThat(size.problem()).isNull();
    assertThat(size.width()).isEqualTo(10_000);
    assertThat(PhotoVariants.tooLarge(size))
        .contains("10000×6000")
        .contains("60.0 megapixels")
        .contains("limit of 50 megapixels");
    assertThat(PhotoVariants.tooLarge(new ImageSize(5000, 4000, null))).isNull();
  }

  private static Photo photo(Path file, List<Photo.Variant> variants) {
    Photo.Variant last = variants.get(variants.size() - 1);
    return new Photo(
        file,
        "media/x.jpg",
        last.width(),
        last.height(),
        "alt",
        null,
        "credit",
        null,
        null,
        variants);
  }

  private Path jpeg(String name, int width, int height) throws IOException {
    Path file = tmp.resolve(name);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(java.awt.Color.ORANGE);
    g.fillRect(0, 0, width / 2, height);
    g.dispose();
    ImageIO.write(img, "jpg", file.toFile());
    return file;
  }

  /**
   * Inserts an EXIF APP1 segment (big-endian TIFF, one IFD0 entry: Orientation) after the JFIF
   * APP0.
   */
  static void insertExifOrientation(Path file, int orientation) throws IOException {
    byte[] jpeg = Files.readAllBytes(file);
    ByteArrayOutputStream exif = new ByteArrayOutputStream();
    exif.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    exif.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // TIFF header, IFD0 at offset 8
    exif.writeBytes(new byte[] {0, 1}); // one entry
    exif.writeBytes(
        new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0}); // SHORT
    exif.writeBytes(new byte[] {0, 0, 0, 0}); // no next IFD
    byte[] data = exif.toByteArray();
    int at = 2;
    if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, at);
    int length = data.length + 2;
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >>> 8), (byte) length});
    out.writeBytes(data);
    out.write(jpeg, at, jpeg.length - at);
    Files.write(file, out.toByteArray());
  }

  /** {@link #pngHeader} for tests in other packages. */
  public static byte[] pngHeaderForTests(int width, int height) {
    return pngHeader(width, height);
  }

  /**
   * A PNG that is only its signature, an IHDR chunk and IEND: the header of an image never stored.
   */
  static byte[] pngHeader(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    ihdr.writeBytes(int32(width));
    ihdr.writeBytes(int32(height));
    ihdr.writeBytes(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB
    chunk(out, "IHDR", ihdr.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(int32(data.length));
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.writeBytes(t);
    out.writeBytes(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(int32((int) crc.getValue()));
  }

  private static byte[] int32(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}
