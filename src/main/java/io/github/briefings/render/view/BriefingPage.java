package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * A briefing's page ({@code briefing.ftlh}).
 *
 * @param site see {@link PageModel}
 * @param lang see {@link PageModel}
 * @param homeUrl see {@link PageModel}
 * @param msg see {@link PageModel}
 * @param languageLinks see {@link PageModel}
 * @param nav see {@link PageModel}
 * @param page see {@link PageModel}
 * @param briefing the briefing, with its body, JSON-LD, related briefings and translations
 * @param alternates every version of a translated briefing (empty without translations)
 * @param comments the comments section, or null when site.yaml has none or the briefing turns it
 *     off
 */
public record BriefingPage(
    SiteView site,
    String lang,
    String homeUrl,
    Map<String, String> msg,
    List<LanguageLink> languageLinks,
    Nav nav,
    PageView page,
    BriefingView briefing,
    List<Alternate> alternates,
    CommentsView comments)
    implements PageModel {

  /** The template rendering it. */
  public static final String TEMPLATE = "briefing.ftlh";

  /** The page of {@code frame}. */
  public static BriefingPage of(
      PageFrame frame, BriefingView briefing, List<Alternate> alternates, CommentsView comments) {
    return new BriefingPage(
        frame.site(),
        frame.lang(),
        frame.homeUrl(),
        frame.msg(),
        frame.languageLinks(),
        frame.nav(),
        frame.page(),
        briefing,
        alternates,
        comments);
  }
}
