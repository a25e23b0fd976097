package io.github.briefings.render.view;

import java.util.List;

/**
 * An author on their own page ({@code author}): who they are, from {@code site.yaml} when declared
 * there, and their briefings' count in the page's language.
 *
 * @param slug their slug (the last part of their page's path)
 * @param name their name: the declared one, else the one their briefings write
 * @param url their page
 * @param count how many briefings they have in the page's language
 * @param feedUrl their Atom feed
 * @param kind {@code person} or {@code organization}
 * @param role their role, or null
 * @param bio their bio, or null
 * @param photo their photo, or null
 * @param links their links, in the order website, Mastodon, Bluesky, X, email
 * @param indexTitle the title of the authors' index
 * @param indexUrl the authors' index
 */
public record AuthorView(
    String slug,
    String name,
    String url,
    int count,
    String feedUrl,
    String kind,
    String role,
    String bio,
    Figure photo,
    List<ElsewhereLink> links,
    String indexTitle,
    String indexUrl) {

  public AuthorView {
    links = List.copyOf(links);
  }
}
