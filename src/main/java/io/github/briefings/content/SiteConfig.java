package io.github.briefings.content;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The site's settings, from {@code site/site.yaml}.
 *
 * @param title the site's name
 * @param baseUrl absolute URL of the site's root, ending in {@code /}
 * @param basePath the path of {@code baseUrl}, starting and ending in {@code /}
 * @param language the default language (served at the root)
 * @param languages every language, the default first
 * @param timezone zone for date-only dates, month folders and display
 * @param pageSize briefings per listing page
 * @param credits what a photo without credit is
 * @param topics declared topics by slug, in declaration order
 * @param countryNames overridden country names: code → language → name
 * @param publisher the publishing organisation's name ({@code publisher:}), or null for the site
 *     title
 * @param logo the publisher's logo ({@code logo:}), an absolute URL or a site path, or null
 * @param comments comments on briefing pages ({@code comments:}), or null when they are off
 * @param authors declared authors by slug, in declaration order ({@code authors:})
 * @param search whether the site has search ({@code search:}, true by default): a search page per
 *     language, a search field in every page's header, and a Pagefind index
 */
public record SiteConfig(
    String title,
    URI baseUrl,
    String basePath,
    String language,
    List<String> languages,
    ZoneId timezone,
    int pageSize,
    CreditPolicy credits,
    Map<String, DeclaredTopic> topics,
    Map<String, Map<String, String>> countryNames,
    String publisher,
    String logo,
    Comments comments,
    Map<String, DeclaredAuthor> authors,
    boolean search) {

  public SiteConfig {
    languages = List.copyOf(languages);
    topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
    countryNames = Map.copyOf(countryNames);
    authors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(authors));
  }

  /** The publisher's name: {@code publisher:}, else the site title. */
  public String publisherName() {
    return publisher == null || publisher.isBlank() ? title : publisher;
  }

  /** The absolute URL of the publisher's logo, or null when site.yaml names none. */
  public String logoUrl() {
    if (logo == null || logo.isBlank()) {
      return null;
    }
    if (logo.startsWith("http://") || logo.startsWith("https://")) {
      return logo;
    }
    return absoluteUrl(logo.startsWith("/") ? logo.substring(1) : logo);
  }

  /**
   * The URL path prefix of a language's section: {@code ""} for the default, {@code "en/"} for
   * others.
   */
  public String languagePrefix(String lang) {
    return lang.equals(language) ? "" : lang + "/";
  }

  /**
   * A base-path-absolute URL for a site-relative path ({@code "2024/11/x/"} → {@code
   * "/base/2024/11/x/"}).
   */
  public String url(String sitePath) {
    return basePath + sitePath;
  }

  /** An absolute URL for a site-relative path. */
  public String absoluteUrl(String sitePath) {
    return baseUrl + sitePath;
  }
}
