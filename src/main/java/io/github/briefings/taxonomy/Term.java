package io.github.briefings.taxonomy;

import io.github.briefings.content.Article;
import java.util.List;

/**
 * A country, topic or author in one language, with the briefings about it (or by them), newest
 * first.
 *
 * @param kind {@code countries}, {@code topics} or {@code authors}
 * @param key the ISO code (upper case), the topic slug or the author slug
 * @param name the name shown in the language
 * @param lang the language
 * @param sitePath the term's page, relative to the site root ({@code en/countries/kp/})
 * @param articles its briefings in that language, newest first
 */
public record Term(
    String kind, String key, String name, String lang, String sitePath, List<Article> articles) {

  public Term {
    articles = List.copyOf(articles);
  }

  public int count() {
    return articles.size();
  }
}
