package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * The not-found page ({@code 404.ftlh}).
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 */
public record NotFoundPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "404.ftlh";

  /** The page of {@code frame}. */
  public static NotFoundPage of(PageFrame frame) {
    return new NotFoundPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page());
  }
}
