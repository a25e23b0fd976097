package io.github.briefings.markdown;

import io.github.briefings.content.Photo;
import io.github.briefings.content.SitePaths;
import io.github.briefings.typography.Typography;

/**
 * Writes a photo as {@code <figure>} with its {@code <img>} and a {@code <figcaption>} with caption
 * and credit.
 */
public final class FigureHtml {

  private FigureHtml() {}

  /**
   * The figure's HTML; caption and credit get the typography of {@code lang} (alt text is as
   * written), and every text is escaped.
   *
   * @param basePath the site's base path ({@code /} or {@code /REPO/})
   * @param lead whether it is the lead photo (loaded eagerly)
   * @param creditLabel the word read out before the credit by screen readers ("Photo")
   * @param lang the language of the page it is on
   */
  public static String of(
      Photo photo, String basePath, boolean lead, String creditLabel, String lang) {
    StringBuilder out = new StringBuilder(256);
    Photo.Variant src = photo.src();
    out.append(lead ? "<figure class=\"figure figure--lead\">" : "<figure class=\"figure\">")
        .append("<img src=\"")
        .append(escape(basePath + SitePaths.encode(src.sitePath())))
        .append('"');
    if (!photo.variants().isEmpty()) {
      out.append(" srcset=\"")
          .append(escape(photo.srcset(basePath)))
          .append("\" sizes=\"")
          .append(escape(lead ? Photo.LEAD_SIZES : Photo.BODY_SIZES))
          .append('"');
    }
    out.append(" alt=\"")
        .append(escape(photo.alt()))
        .append("\" width=\"")
        .append(src.width())
        .append("\" height=\"")
        .append(src.height())
        .append('"');
    // the lead photo is painted with the page; the others load and decode when scrolled to
    out.append(lead ? " fetchpriority=\"high\">" : " loading=\"lazy\" decoding=\"async\">");
    if (photo.caption() != null || photo.credit() != null) {
      out.append("<figcaption>");
      if (photo.caption() != null) {
        out.append("<span class=\"caption\">")
            .append(escape(Typography.text(photo.caption(), lang)))
            .append("</span>");
      }
      if (photo.credit() != null) {
        if (photo.caption() != null) {
          out.append(' ');
        }
        out.append("<span class=\"visually-hidden\">")
            .append(escape(creditLabel))
            .append(" </span>");
        out.append("<span class=\"credit\">")
            .append(escape(Typography.text(photo.credit(), lang)))
            .append("</span>");
      }
      out.append("</figcaption>");
    }
    return out.append("</figure>").toString();
  }

  /** Escapes {@code & < > " '} so that text is safe in element content and in quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
