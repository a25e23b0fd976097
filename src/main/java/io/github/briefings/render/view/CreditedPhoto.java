package io.github.briefings.render.view;

import java.util.List;

/**
 * A photo on the credits pages: a {@link Figure} and the briefings showing it.
 *
 * @param src see {@link Figure}
 * @param srcset see {@link Figure}
 * @param sizes see {@link Figure}
 * @param bodySizes see {@link Figure}
 * @param cardSizes see {@link Figure}
 * @param originalSrc see {@link Figure}
 * @param absoluteSrc see {@link Figure}
 * @param originalWidth see {@link Figure}
 * @param originalHeight see {@link Figure}
 * @param width see {@link Figure}
 * @param height see {@link Figure}
 * @param alt see {@link Figure}
 * @param caption see {@link Figure}
 * @param credit see {@link Figure}
 * @param creator see {@link Figure}
 * @param copyright see {@link Figure}
 * @param briefings the briefings of the page's language showing it, newest first
 */
public record CreditedPhoto(
    String src,
    String srcset,
    String sizes,
    String bodySizes,
    String cardSizes,
    String originalSrc,
    String absoluteSrc,
    int originalWidth,
    int originalHeight,
    int width,
    int height,
    String alt,
    String caption,
    String credit,
    String creator,
    String copyright,
    List<BriefingLink> briefings) {

  public CreditedPhoto {
    briefings = List.copyOf(briefings);
  }

  /** {@code f}, shown by {@code briefings}. */
  public static CreditedPhoto of(Figure f, List<BriefingLink> briefings) {
    return new CreditedPhoto(
        f.src(),
        f.srcset(),
        f.sizes(),
        f.bodySizes(),
        f.cardSizes(),
        f.originalSrc(),
        f.absoluteSrc(),
        f.originalWidth(),
        f.originalHeight(),
        f.width(),
        f.height(),
        f.alt(),
        f.caption(),
        f.credit(),
        f.creator(),
        f.copyright(),
        briefings);
  }
}
