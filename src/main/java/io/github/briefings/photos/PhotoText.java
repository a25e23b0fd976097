package io.github.briefings.photos;

/**
 * The words that go with a photo, from one source; any field may be null (the source lacks it).
 *
 * @param alt what the photo shows, for screen readers
 * @param caption what happened, who, where, when
 * @param credit who took it, for whom (what the page prints)
 * @param creator the photographer (IPTC By-line, XMP dc:creator)
 * @param copyright the copyright notice (IPTC Copyright Notice, XMP dc:rights)
 */
public record PhotoText(
    String alt, String caption, String credit, String creator, String copyright) {

  /** Nothing known. */
  public static final PhotoText NONE = new PhotoText(null, null, null, null, null);

  /** Alt text, caption and credit only (what a briefing gives). */
  public PhotoText(String alt, String caption, String credit) {
    this(alt, caption, credit, null, null);
  }

  /** Field by field, this source's value, else {@code fallback}'s. */
  public PhotoText orElse(PhotoText fallback) {
    return new PhotoText(
        alt != null ? alt : fallback.alt,
        caption != null ? caption : fallback.caption,
        credit != null ? credit : fallback.credit,
        creator != null ? creator : fallback.creator,
        copyright != null ? copyright : fallback.copyright);
  }

  /** Whether every field is known, so that later sources have nothing to add. */
  public boolean complete() {
    return alt != null && caption != null && credit != null && creator != null && copyright != null;
  }
}
