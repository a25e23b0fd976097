package io.github.briefings.render.view;

/**
 * The comments section of a briefing's page: the giscus settings of {@code site.yaml} and the
 * briefing's discussion key, which the theme's {@code comments.js} hands to giscus only when the
 * reader presses the button.
 *
 * @param repo the GitHub repository holding the discussions, {@code OWNER/NAME}
 * @param repoId its id
 * @param category the discussion category new threads go to
 * @param categoryId its id
 * @param term the briefing's discussion key: its URL path without the base path ({@code
 *     /2024/11/slug/}, {@code /en/2024/11/slug/})
 * @param lang the language giscus speaks: the briefing's
 * @param theme a giscus theme name or the https URL of a style sheet
 * @param reactions whether readers may react to the briefing itself
 * @param inputPosition where the comment box is: {@code bottom} or {@code top}
 * @param script the theme's script that loads giscus on the press, base-path-absolute
 * @param discussionsUrl a search for the briefing's discussion on GitHub, for readers without
 *     JavaScript
 */
public record CommentsView(
    String repo,
    String repoId,
    String category,
    String categoryId,
    String term,
    String lang,
    String theme,
    boolean reactions,
    String inputPosition,
    String script,
    String discussionsUrl) {}
