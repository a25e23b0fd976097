package io.github.briefings.render.view;

import java.util.List;

/**
 * The site's settings as pages show them ({@code site}).
 *
 * @param title the site's title, as written in {@code site.yaml}
 * @param baseUrl the absolute base URL, ending in {@code /}
 * @param basePath the base path, {@code /} or {@code /REPO/}
 * @param language the default language
 * @param languages every language's code
 */
public record SiteView(
    String title, String baseUrl, String basePath, String language, List<String> languages) {

  public SiteView {
    languages = List.copyOf(languages);
  }
}
