package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * One country's or topic's briefings, one page of them ({@code term.ftlh}).
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param feedUrl the country's or topic's Atom feed
 * @param term the country or topic
 * @param briefings this page's briefings, newest first (cards)
 * @param pagination the listing's pages
 */
public record TermPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    String feedUrl,
    TermView term,
    List<BriefingView> briefings,
    Pagination pagination)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "term.ftlh";

  /** The page of {@code frame}. */
  public static TermPage of(
      PageFrame frame,
      String feedUrl,
      TermView term,
      List<BriefingView> briefings,
      Pagination pagination) {
    return new TermPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        feedUrl,
        term,
        briefings,
        pagination);
  }
}
