package io.github.briefings.build;

import java.util.Map;

/**
 * What each kind of a build's work is made from, as keys: the same key, the same work, which an
 * earlier build's may then stand for.
 *
 * @param bodies everything besides its Markdown that shapes a rendered body: the engine, the base
 *     URL and path, the credit labels
 * @param pages everything besides its model that shapes a page or a feed: the engine, site.yaml,
 *     the shared templates, the build options
 * @param pageTemplates the fingerprint of each page template the project overrides, by name: a page
 *     depends on its own template, not on the others
 * @param briefings what every loaded briefing is made of besides its file: the page and body keys
 *     and every file under content/ that is not a briefing (photos, sidecars)
 * @param build what the whole build is made of: the briefings' key and the options (the clock only
 *     when embargoed briefings are held back)
 */
public record WorkKeys(
    String bodies,
    String pages,
    Map<String, String> pageTemplates,
    String briefings,
    String build) {

  public WorkKeys {
    pageTemplates = Map.copyOf(pageTemplates);
  }
}
