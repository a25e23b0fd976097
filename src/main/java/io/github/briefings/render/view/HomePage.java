package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * The home page of a language and its further pages ({@code home.ftlh}).
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param feedUrl the language's Atom feed
 * @param briefings this page's briefings, newest first (cards)
 * @param pagination the listing's pages
 * @param topCountries the countries with the most briefings, or null without country and topic
 *     pages
 * @param topTopics the topics with the most briefings, or null without country and topic pages
 */
public record HomePage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    String feedUrl,
    List<BriefingView> briefings,
    Pagination pagination,
    List<TermLink> topCountries,
    List<TermLink> topTopics)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "home.ftlh";

  /** The page of {@code frame}. */
  public static HomePage of(
      PageFrame frame,
      String feedUrl,
      List<BriefingView> briefings,
      Pagination pagination,
      List<TermLink> topCountries,
      List<TermLink> topTopics) {
    return new HomePage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        feedUrl,
        briefings,
        pagination,
        topCountries,
        topTopics);
  }
}
