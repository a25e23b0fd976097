package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * One author's briefings, one page of them ({@code author.ftlh}): {@code /authors/SLUG/}, {@code
 * /authors/SLUG/page/2/} …
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param feedUrl the author's Atom feed
 * @param author the author
 * @param briefings this page's briefings, newest first (cards)
 * @param pagination the listing's pages
 * @param jsonLd the page's schema.org {@code ProfilePage}, made safe for {@code <script>}
 */
public record AuthorPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    String feedUrl,
    AuthorView author,
    List<BriefingView> briefings,
    Pagination pagination,
    String jsonLd)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "author.ftlh";

  /** The page of {@code frame}. */
  public static AuthorPage of(
      PageFrame frame,
      String feedUrl,
      AuthorView author,
      List<BriefingView> briefings,
      Pagination pagination,
      String jsonLd) {
    return new AuthorPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        feedUrl,
        author,
        briefings,
        pagination,
        jsonLd);
  }
}
