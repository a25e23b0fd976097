package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * The index of the authors ({@code authors.ftlh}): {@code /authors/}.
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param title the index's title ("Auteurs")
 * @param authors each author with briefings in the page's language, by name, with their count (the
 *     key is the slug)
 */
public record AuthorsPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    String title,
    List<TermLink> authors)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "authors.ftlh";

  /** The page of {@code frame}. */
  public static AuthorsPage of(PageFrame frame, String title, List<TermLink> authors) {
    return new AuthorsPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        title,
        authors);
  }
}
