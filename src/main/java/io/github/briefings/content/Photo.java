package io.github.briefings.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A photo found on disk, with the text that goes with it and its resized copies.
 *
 * @param file the image file
 * @param sitePath where the original is published, relative to the site root ({@code
 *     media/images/x.jpg})
 * @param width width in pixels, as displayed (EXIF orientation applied)
 * @param height height in pixels, as displayed (EXIF orientation applied)
 * @param alt alt text, never empty
 * @param caption caption, or null
 * @param credit credit, or null only when the site's credit policy is {@code warn}
 * @param creator the photographer (by-line), or null
 * @param copyright the copyright notice, or null
 * @param variants its resized copies, narrowest first; empty when none are made (the original is
 *     shown)
 */
public record Photo(
    Path file,
    String sitePath,
    int width,
    int height,
    String alt,
    String caption,
    String credit,
    String creator,
    String copyright,
    List<Variant> variants) {

  /**
   * One resized copy of a photo.
   *
   * @param sitePath where it is published, relative to the site root ({@code
   *     media/images/x.960.0123456789.jpg})
   * @param width width in pixels
   * @param height height in pixels
   */
  public record Variant(String sitePath, int width, int height) {}

  public Photo {
    variants = variants == null ? List.of() : List.copyOf(variants);
  }

  /** A photo without resized copies. */
  public Photo(
      Path file,
      String sitePath,
      int width,
      int height,
      String alt,
      String caption,
      String credit,
      String creator,
      String copyright) {
    this(file, sitePath, width, height, alt, caption, credit, creator, copyright, List.of());
  }

  /** A photo without creator, copyright notice or resized copies. */
  public Photo(
      Path file,
      String sitePath,
      int width,
      int height,
      String alt,
      String caption,
      String credit) {
    this(file, sitePath, width, height, alt, caption, credit, null, null, List.of());
  }

  /**
   * The copy pages show in {@code src}: the 960 pixel one, else the widest narrower than 960, else
   * the narrowest.
   */
  public Variant src() {
    if (variants.isEmpty()) {
      return new Variant(sitePath, width, height);
    }
    Variant chosen = variants.get(0);
    for (Variant v : variants) {
      if (v.width() <= SRC_WIDTH) {
        chosen = v;
      }
    }
    return chosen;
  }

  /**
   * {@code srcset}'s value: each copy's URL under {@code basePath} and its {@code w} descriptor;
   * empty without copies.
   */
  public String srcset(String basePath) {
    StringBuilder out = new StringBuilder();
    for (Variant v : variants) {
      if (!out.isEmpty()) {
        out.append(", ");
      }
      out.append(basePath)
          .append(SitePaths.encode(v.sitePath()))
          .append(' ')
          .append(v.width())
          .append('w');
    }
    return out.toString();
  }

  /** The width of the copy {@code src} prefers. */
  public static final int SRC_WIDTH = 960;

  /** {@code sizes} of a briefing's lead photo: the page's wide column. */
  public static final String LEAD_SIZES = "(min-width: 72rem) 72rem, 100vw";

  /** {@code sizes} of a photo in a briefing's text: the text column. */
  public static final String BODY_SIZES = "(min-width: 40rem) 40rem, 100vw";

  /** {@code sizes} of a photo on a card in a list. */
  public static final String CARD_SIZES =
      "(min-width: 72rem) 36rem, (min-width: 40rem) 50vw, 100vw";
}
