package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * The index of the countries or of the topics ({@code terms.ftlh}).
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param taxonomy the countries or the topics
 * @param terms each country or topic with briefings in the page's language
 */
public record TermsPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    Taxonomy taxonomy,
    List<TermLink> terms)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "terms.ftlh";

  /** The page of {@code frame}. */
  public static TermsPage of(PageFrame frame, Taxonomy taxonomy, List<TermLink> terms) {
    return new TermsPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        taxonomy,
        terms);
  }
}
