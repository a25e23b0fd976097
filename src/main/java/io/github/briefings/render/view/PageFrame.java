package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * The variables of {@link PageModel}, made once for a page and handed to its record's {@code of}.
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 */
public record PageFrame(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page) {

  public PageFrame {
    languageLinks = List.copyOf(languageLinks);
  }
}
