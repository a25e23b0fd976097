package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * A language's search page ({@code search.ftlh}): {@code /search/}, {@code /en/search/}.
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param bundleUrl the folder of the Pagefind index and its scripts ({@code /pagefind/}),
 *     base-path-absolute
 */
public record SearchPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    String bundleUrl)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "search.ftlh";

  /** The page of {@code frame}. */
  public static SearchPage of(PageFrame frame, String bundleUrl) {
    return new SearchPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        bundleUrl);
  }
}
