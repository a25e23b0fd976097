package io.github.briefings.content;

import java.util.List;
import java.util.Map;

/**
 * An author declared under {@code authors:} in {@code site/site.yaml}: how their page presents
 * them. Texts are per language, {@code *} standing for every language.
 *
 * @param slug the author's slug, as their page's URL uses it
 * @param names the name to show, by language (empty: the name briefings write)
 * @param roles their role ("Correspondante à Kyiv"), by language
 * @param bios a few sentences about them, by language
 * @param organization whether the byline is an organisation (the newsroom) rather than a person
 * @param photo their photo, as site.yaml names it (under {@code content/}), or null
 * @param links their pages elsewhere and their address, in a fixed order
 * @param line the line of the author's slug in site.yaml
 * @param column the column of the author's slug
 */
public record DeclaredAuthor(
    String slug,
    Map<String, String> names,
    Map<String, String> roles,
    Map<String, String> bios,
    boolean organization,
    PhotoRef photo,
    List<ProfileLink> links,
    int line,
    int column) {

  /** The keys an author may have in site.yaml. */
  public static final List<String> KEYS = List.of("name", "role", "bio", "photo", "links", "kind");

  public DeclaredAuthor {
    names = Map.copyOf(names);
    roles = Map.copyOf(roles);
    bios = Map.copyOf(bios);
    links = List.copyOf(links);
  }

  /** The name in {@code lang}, else the one for every language, else the default's, else null. */
  public String name(String lang, String defaultLang) {
    return pick(names, lang, defaultLang);
  }

  /** The role in {@code lang}, or null. */
  public String role(String lang, String defaultLang) {
    return pick(roles, lang, defaultLang);
  }

  /** The bio in {@code lang}, or null. */
  public String bio(String lang, String defaultLang) {
    return pick(bios, lang, defaultLang);
  }

  private static String pick(Map<String, String> texts, String lang, String defaultLang) {
    String text = texts.get(lang);
    if (text == null) {
      text = texts.get("*");
    }
    return text == null ? texts.get(defaultLang) : text;
  }

  /**
   * One of an author's links.
   *
   * @param kind {@code website}, {@code mastodon}, {@code bluesky}, {@code x} or {@code email}
   * @param url an http(s) URL, or {@code mailto:} and the address for {@code email}
   */
  public record ProfileLink(String kind, String url) {

    /** The kinds of link, in the order pages list them. */
    public static final List<String> KINDS =
        List.of("website", "mastodon", "bluesky", "x", "email");

    /**
     * Whether the link is the author's own profile elsewhere ({@code rel="me"}, {@code sameAs}).
     */
    public boolean profile() {
      return !kind.equals("email");
    }
  }
}
