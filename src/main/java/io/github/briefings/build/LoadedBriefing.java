package io.github.briefings.build;

import io.github.briefings.content.Article;
import io.github.briefings.problems.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What a build loaded from one briefing file.
 *
 * @param key what it was loaded from: the settings, the assets, the file's size and time
 * @param article the briefing ready to publish, or empty when it has errors
 * @param problems what its loading reported
 * @param bodyKey the key of its rendered body ({@link RenderedBodies}), or null
 */
public record LoadedBriefing(
    String key, Optional<Article> article, List<Problem> problems, String bodyKey) {

  public LoadedBriefing {
    problems = List.copyOf(problems);
  }
}
