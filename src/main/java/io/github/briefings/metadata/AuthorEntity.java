package io.github.briefings.metadata;

import io.github.briefings.content.DeclaredAuthor;
import io.github.briefings.content.DeclaredAuthor.ProfileLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An author as schema.org says it: a {@code Person}, or an {@code Organization} for a byline
 * declared {@code kind: organization}, with their page and their profiles elsewhere.
 */
final class AuthorEntity {

  private AuthorEntity() {}

  /**
   * The author's object, its keys in a fixed order.
   *
   * @param declared what site.yaml says of them, or null
   * @param name their name as the page shows it
   * @param url the absolute URL of their page, or null without author pages
   */
  static Map<String, Object> of(DeclaredAuthor declared, String name, String url) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@type", declared != null && declared.organization() ? "Organization" : "Person");
    out.put("name", name);
    if (url != null) {
      out.put("url", url);
    }
    List<String> sameAs = sameAs(declared);
    if (!sameAs.isEmpty()) {
      out.put("sameAs", sameAs);
    }
    return out;
  }

  /** Their profiles elsewhere (not their address), in site.yaml's kind order. */
  static List<String> sameAs(DeclaredAuthor declared) {
    List<String> out = new ArrayList<>();
    if (declared != null) {
      for (ProfileLink link : declared.links()) {
        if (link.profile()) {
          out.add(link.url());
        }
      }
    }
    return out;
  }
}
