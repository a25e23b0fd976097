package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * One page of a language's photo credits ({@code credits.ftlh}).
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param photos this page's photos, each with the briefings showing it
 * @param pagination the listing's pages
 */
public record CreditsPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    List<CreditedPhoto> photos,
    Pagination pagination)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "credits.ftlh";

  /** The page of {@code frame}. */
  public static CreditsPage of(PageFrame frame, List<CreditedPhoto> photos, Pagination pagination) {
    return new CreditsPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        photos,
        pagination);
  }
}
