package io.github.briefings.content;

import java.util.List;

/**
 * A briefing ready to publish: its validated front matter, lead photo found on disk and body
 * rendered to clean HTML.
 *
 * @param briefing the briefing
 * @param sitePath its URL path relative to the site root
 * @param photo the lead photo, or null
 * @param bodyPacked the body as HTML, cleaned, {@link PackedText packed}: a sixth of the memory of
 *     a String holding typographic spaces and quotes, for a build that holds every briefing (do not
 *     change the array)
 * @param inlinePhotos the photos the body shows
 * @param fingerprint what it was made from (source, settings, photos): equal fingerprints, equal
 *     articles; pages and feeds showing only unchanged articles need not be made again
 */
// bodyPacked is an array for memory (see above); it is never compared, only written out
@SuppressWarnings("ArrayRecordComponent")
public record Article(
    Briefing briefing,
    String sitePath,
    Photo photo,
    byte[] bodyPacked,
    List<Photo> inlinePhotos,
    String fingerprint) {

  public Article {
    inlinePhotos = List.copyOf(inlinePhotos);
  }

  /** An article whose fingerprint is made from all of it (for tests and small sites). */
  public Article(
      Briefing briefing, String sitePath, Photo photo, String bodyHtml, List<Photo> inlinePhotos) {
    this(
        briefing,
        sitePath,
        photo,
        PackedText.pack(bodyHtml),
        inlinePhotos,
        String.join(
            "\u0000",
            briefing.toString(),
            sitePath,
            String.valueOf(photo),
            bodyHtml,
            inlinePhotos.toString()));
  }

  /**
   * Where the briefing is filed and what it publishes besides pages: its URL, language, dates,
   * draft state, expiry, countries, topics, authors, translation key, and each photo's file,
   * copies, caption and credit (the credits pages group photos by caption and credit). Two versions
   * of a briefing with the same placement are listed, paged, related and copied alike: only the
   * pages and feeds showing it differ.
   */
  public String placement() {
    Briefing b = briefing;
    StringBuilder out =
        new StringBuilder(256)
            .append(sitePath)
            .append('\n')
            .append(b.lang())
            .append('\n')
            .append(b.date())
            .append('\n')
            .append(b.lastModified())
            .append('\n')
            .append(b.slug())
            .append('\n')
            .append(b.draft())
            .append('\n')
            .append(b.expires())
            .append('\n')
            .append(b.countryCodes())
            .append('\n')
            .append(b.topicSlugs())
            .append('\n')
            .append(b.authors())
            .append('\n')
            .append(b.translationKey() == null ? "-" : b.translationKey().value());
    if (photo != null) {
      placement(out.append("\nlead "), photo);
    }
    for (Photo p : inlinePhotos) {
      placement(out.append("\ninline "), p);
    }
    return out.toString();
  }

  private static void placement(StringBuilder out, Photo p) {
    out.append(p.file())
        .append(' ')
        .append(p.sitePath())
        .append(' ')
        .append(p.caption())
        .append(' ')
        .append(p.credit());
    for (Photo.Variant v : p.variants()) {
      out.append(' ').append(v.sitePath());
    }
  }

  /** Every photo it shows: the lead photo (if any), then the inline ones. */
  public List<Photo> photos() {
    if (photo == null) {
      return inlinePhotos;
    }
    List<Photo> all = new java.util.ArrayList<>(1 + inlinePhotos.size());
    all.add(photo);
    all.addAll(inlinePhotos);
    return all;
  }

  /** The body as HTML. */
  public String bodyHtml() {
    return PackedText.unpack(bodyPacked);
  }
}
