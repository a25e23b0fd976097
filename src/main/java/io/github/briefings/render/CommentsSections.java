package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Comments;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.render.view.CommentsView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The comments section of each briefing's page ({@link CommentsView}): there when {@code site.yaml}
 * configures giscus, unless the briefing says {@code comments: false} or is a draft (a thread about
 * an unpublished briefing would be public on GitHub before the briefing is).
 */
public final class CommentsSections {

  /** The theme's script that inserts giscus when the reader presses the button. */
  public static final String SCRIPT = "comments.js";

  private CommentsSections() {}

  /** The section of {@code article}'s page, or null when it has none. */
  static CommentsView of(SiteConfig site, Article article) {
    Comments comments = site.comments();
    Briefing briefing = article.briefing();
    if (comments == null || !briefing.comments() || briefing.draft()) {
      return null;
    }
    String term = term(article);
    return new CommentsView(
        comments.repo(),
        comments.repoId(),
        comments.category(),
        comments.categoryId(),
        term,
        briefing.lang(),
        comments.theme(),
        comments.reactions(),
        comments.inputPosition(),
        site.url(SCRIPT),
        "https://github.com/"
            + comments.repo()
            + "/discussions?discussions_q="
            + URLEncoder.encode("in:title \"" + term + "\"", StandardCharsets.UTF_8));
  }

  /**
   * A briefing's discussion key: its URL path from the site's root, without the base path, so that
   * moving the site to another base path keeps its threads.
   */
  static String term(Article article) {
    return "/" + article.sitePath();
  }
}
