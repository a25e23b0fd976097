package io.github.briefings.content;

/**
 * Comments under each briefing, from giscus (GitHub Discussions), loaded only when a reader presses
 * the button: {@code comments: { giscus: { … } }} in {@code site/site.yaml}. Every text has been
 * checked by {@link CommentsSettings}.
 *
 * @param repo the GitHub repository holding the discussions, {@code OWNER/NAME}
 * @param repoId its id, as giscus.app shows it ({@code R_kgDO…})
 * @param category the name of the discussion category new threads go to
 * @param categoryId its id, as giscus.app shows it ({@code DIC_kwDO…})
 * @param theme a giscus theme name, or the https URL of a style sheet; {@code
 *     preferred_color_scheme} by default
 * @param reactions whether readers may react to the briefing itself (emoji above the thread)
 * @param inputPosition where the comment box is: {@code bottom} (default) or {@code top}
 */
public record Comments(
    String repo,
    String repoId,
    String category,
    String categoryId,
    String theme,
    boolean reactions,
    String inputPosition) {

  /** The theme when site.yaml names none: light or dark as the reader's system is. */
  public static final String DEFAULT_THEME = "preferred_color_scheme";
}
