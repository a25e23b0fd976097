package io.github.briefings.scaffold;

import java.util.List;

/**
 * What {@code briefing:init} is asked to start, as typed (checked by {@link SiteScaffold}).
 *
 * @param title the site's name
 * @param baseUrl the address the site will have, e.g. {@code https://ORG.github.io/REPO/}
 * @param language the default language, or null (the first of {@code languages}, else {@code en})
 * @param languages every language of the site (the default one added when missing), or empty
 * @param timezone the site's time zone id, or null for this machine's
 */
public record NewSite(
    String title, String baseUrl, String language, List<String> languages, String timezone) {

  public NewSite {
    languages = List.copyOf(languages);
  }
}
