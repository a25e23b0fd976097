package io.github.briefings.render;

import io.github.briefings.content.SiteConfig;
import io.github.briefings.metadata.OgLocale;
import io.github.briefings.render.view.LanguageLink;
import io.github.briefings.render.view.Nav;
import io.github.briefings.render.view.PageFrame;
import io.github.briefings.render.view.PageView;
import io.github.briefings.render.view.SiteView;
import io.github.briefings.typography.Typography;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every page shows ({@link PageFrame}): the site, the UI strings of its language, the language
 * switch and the site's sections; made from the settings and theme once per build.
 */
final class PageFrames {

  /** A language's search page, under its home. */
  static final String SEARCH = "search/";

  private final SiteConfig site;
  private final SiteView siteView;
  private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();
  private final Map<String, ZonedTimeText> zonedTimes = new LinkedHashMap<>();
  private final Map<String, String> languageNames = new LinkedHashMap<>();

  PageFrames(SiteConfig site, Theme theme) {
    this.site = site;
    for (String lang : site.languages()) {
      messages.put(lang, Map.copyOf(theme.messages(lang)));
      zonedTimes.put(lang, ZonedTimeText.of(site.timezone(), lang, messages.get(lang)));
      Locale locale = Locale.forLanguageTag(lang);
      String name = locale.getDisplayLanguage(locale);
      languageNames.put(
          lang,
          name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
    }
    this.siteView =
        new SiteView(
            site.title(),
            site.baseUrl().toString(),
            site.basePath(),
            site.language(),
            site.languages());
  }

  /** The UI string {@code key} of {@code lang}, or {@code fallback}. */
  String message(String lang, String key, String fallback) {
    return messages.get(lang).getOrDefault(key, fallback);
  }

  /** The words saying a time's zone in {@code lang}. */
  ZonedTimeText zonedTime(String lang) {
    return zonedTimes.get(lang);
  }

  /** {@code lang}'s name in itself ("Français"). */
  String languageName(String lang) {
    return languageNames.get(lang);
  }

  /**
   * The frame of a page whose language switch leads to each language's home.
   *
   * @param kind the page's kind ({@code page.kind})
   * @param sitePath its path relative to the site root
   * @param title its title, before typography
   * @param termPages whether the site has country and topic pages
   * @param section the section it belongs to ({@code nav.current}), or null
   */
  PageFrame frame(
      String lang, String kind, String sitePath, String title, boolean termPages, String section) {
    return frame(lang, kind, sitePath, title, termPages, section, Map.of());
  }

  /**
   * The frame of a page whose language switch leads to {@code targets} (site paths by language),
   * else to each language's home.
   */
  PageFrame frame(
      String lang,
      String kind,
      String sitePath,
      String title,
      boolean termPages,
      String section,
      Map<String, String> targets) {
    String home = site.languagePrefix(lang);
    Nav nav =
        new Nav(
            site.url(home),
            termPages ? site.url(home + "countries/") : null,
            termPages ? site.url(home + "topics/") : null,
            site.url(home + "credits/"),
            termPages ? site.url(home + "authors/") : null,
            site.search() ? site.url(home + SEARCH) : null,
            section);
    PageView page =
        new PageView(
            kind,
            site.url(sitePath),
            site.absoluteUrl(sitePath),
            Typography.text(title, lang),
            OgLocale.of(lang));
    return new PageFrame(
        siteView, lang, site.url(home), messages.get(lang), languageLinks(targets), nav, page);
  }

  /** The language switch: each language's page in {@code targets}, else its home. */
  private List<LanguageLink> languageLinks(Map<String, String> targets) {
    List<LanguageLink> links = new ArrayList<>(site.languages().size());
    for (String lang : site.languages()) {
      String target = targets.get(lang);
      links.add(
          new LanguageLink(
              lang,
              languageNames.get(lang),
              target != null ? site.url(target) : site.url(site.languagePrefix(lang))));
    }
    return List.copyOf(links);
  }
}
