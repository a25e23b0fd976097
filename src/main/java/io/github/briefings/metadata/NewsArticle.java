package io.github.briefings.metadata;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Correction;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SitePaths;
import io.github.briefings.content.Slugs;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a briefing's schema.org {@code NewsArticle} as maps and lists, serialised by {@link
 * ScriptJson}.
 *
 * @param site the site's settings (publisher, logo, URLs, declared authors)
 * @param authorPages whether each author has a page (the {@code url} of the article's authors)
 */
public record NewsArticle(SiteConfig site, boolean authorPages) {

  /** The JSON-LD of a site with author pages. */
  public NewsArticle(SiteConfig site) {
    this(site, true);
  }

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /**
   * The texts of a briefing as its page shows them (in its language, typography applied): the
   * JSON-LD says what the page says, character for character.
   *
   * @param headline the title
   * @param description the summary, or null
   * @param authors the authors' names
   * @param sections topic labels
   * @param countries ISO code → country name, in order
   * @param dateline the dateline, or null
   * @param corrections the corrections' texts, in the briefing's order
   * @param image the lead photo's texts, or null when it has none
   */
  public record Texts(
      String headline,
      String description,
      List<String> authors,
      List<String> sections,
      Map<String, String> countries,
      String dateline,
      List<String> corrections,
      ImageTexts image) {}

  /**
   * The texts of a photo as the page shows them; each may be null.
   *
   * @param caption its caption
   * @param credit its credit line
   * @param creator its photographer
   * @param copyright its copyright notice
   */
  public record ImageTexts(String caption, String credit, String creator, String copyright) {}

  /** The JSON-LD object of the briefing. */
  public Map<String, Object> of(Article article, Texts texts) {
    Briefing b = article.briefing();
    String url = site.absoluteUrl(article.sitePath());
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "NewsArticle");
    ld.put("mainEntityOfPage", typed("WebPage", "@id", url));
    ld.put("url", url);
    ld.put("headline", texts.headline());
    if (texts.description() != null && !texts.description().isBlank()) {
      ld.put("description", texts.description());
    }
    ld.put("datePublished", ISO.format(b.date()));
    ld.put("dateModified", ISO.format(b.lastModified()));
    ld.put("author", authors(b, texts.authors()));
    ld.put("publisher", publisher());
    ld.put("inLanguage", b.lang());
    if (!texts.sections().isEmpty()) {
      ld.put("articleSection", texts.sections());
    }
    if (!texts.countries().isEmpty()) {
      List<Map<String, Object>> about = new ArrayList<>();
      texts
          .countries()
          .forEach(
              (code, name) -> {
                Map<String, Object> country = new LinkedHashMap<>();
                country.put("@type", "Country");
                country.put("identifier", code);
                country.put("name", name);
                about.add(country);
              });
      ld.put("about", about);
    }
    if (article.photo() != null) {
      ld.put("image", image(article.photo(), texts.image()));
    }
    if (texts.dateline() != null) {
      ld.put("dateline", texts.dateline());
    }
    if (!b.corrections().isEmpty()) {
      ld.put("correction", corrections(b.corrections(), texts.corrections()));
    }
    return ld;
  }

  /** The JSON-LD of the briefing, escaped for a {@code <script>} element. */
  public String json(Article article, Texts texts) {
    return ScriptJson.write(of(article, texts));
  }

  /**
   * Each author as a Person or Organization with their page and profiles; {@code names} are the
   * briefing's as the page shows them, in its order.
   */
  private List<Map<String, Object>> authors(Briefing b, List<String> names) {
    List<Map<String, Object>> authors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String slug = Slugs.author(b.authors().get(i));
      String url =
          authorPages
              ? site.absoluteUrl(site.languagePrefix(b.lang()) + "authors/" + slug + "/")
              : null;
      authors.add(AuthorEntity.of(site.authors().get(slug), names.get(i), url));
    }
    return authors;
  }

  private Map<String, Object> publisher() {
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("@type", "Organization");
    org.put("name", site.publisherName());
    org.put("url", site.baseUrl().toString());
    String logo = site.logoUrl();
    if (logo != null) {
      org.put("logo", typed("ImageObject", "url", logo));
    }
    return org;
  }

  private static List<Map<String, Object>> corrections(
      List<Correction> corrections, List<String> texts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < corrections.size(); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("@type", "CorrectionComment");
      entry.put("datePublished", ISO.format(corrections.get(i).date()));
      entry.put("text", texts.get(i));
      out.add(entry);
    }
    return out;
  }

  private Map<String, Object> image(Photo photo, ImageTexts texts) {
    Map<String, Object> img = new LinkedHashMap<>();
    img.put("@type", "ImageObject");
    String src = site.absoluteUrl(SitePaths.encode(photo.sitePath()));
    img.put("contentUrl", src);
    img.put("url", src);
    img.put("width", photo.width());
    img.put("height", photo.height());
    if (texts == null) {
      return img;
    }
    if (present(texts.caption())) {
      img.put("caption", texts.caption());
    }
    if (present(texts.credit())) {
      img.put("creditText", texts.credit());
    }
    if (present(texts.creator())) {
      img.put("creator", typed("Person", "name", texts.creator()));
    }
    if (present(texts.copyright())) {
      img.put("copyrightNotice", texts.copyright());
    }
    return img;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /**
   * {@code {"@type": type, key: value}} in that order: JSON-LD is written in the maps' order, and
   * Map.of's changes from one JVM to the next (the same site must give the same bytes).
   */
  private static Map<String, Object> typed(String type, String key, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@type", type);
    out.put(key, value);
    return out;
  }
}
