package io.github.briefings.content;

import io.github.briefings.content.DeclaredAuthor.ProfileLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code authors:} of {@code site/site.yaml}: each author by slug, with their name, role and
 * bio per language, photo, links and kind; every mistake is an error at its line.
 */
final class AuthorsLoader {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s<>\"'(),;:\\\\\\[\\]]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final List<String> PHOTO_KEYS = List.of("src", "alt", "caption", "credit");
  private static final String EXAMPLE =
      "authors: { jean-dupont: { name: \"Jean Dupont\", role: { fr: \"Rédacteur\", en: \"Editor\""
          + " } } }";

  private final YamlSource source;

  private AuthorsLoader(YamlSource source) {
    this.source = source;
  }

  /** The authors {@code yaml} declares, by slug in declaration order. */
  static Map<String, DeclaredAuthor> read(YamlMap yaml) {
    Map<String, DeclaredAuthor> authors = new LinkedHashMap<>();
    Optional<YamlMap> section = yaml.map("authors", false, EXAMPLE);
    if (section.isEmpty()) {
      return authors;
    }
    AuthorsLoader loader = new AuthorsLoader(yaml.source());
    for (Map.Entry<String, Node> e : section.get().entries().entrySet()) {
      Node keyNode = section.get().keyNodeOrNull(e.getKey());
      loader
          .author(e.getKey(), keyNode, e.getValue(), section.get())
          .ifPresent(a -> authors.put(a.slug(), a));
    }
    return authors;
  }

  private Optional<DeclaredAuthor> author(String slug, Node keyNode, Node value, YamlMap section) {
    if (!SLUG.matcher(slug).matches()) {
      String folded = Slugs.slugify(slug);
      source.error(
          keyNode,
          "author slug '"
              + slug
              + "' must be lower-case letters, digits and '-'"
              + (folded.isEmpty() ? "" : " (write it '" + folded + "')")
              + ": it is the author's address, /authors/SLUG/");
      return Optional.empty();
    }
    Map<String, String> names = new LinkedHashMap<>();
    if (!(value instanceof MappingNode mapping)) {
      if (value instanceof ScalarNode scalar && !YamlMap.isNull(value)) {
        names.put("*", scalar.getValue().strip());
      } else if (!YamlMap.isNull(value)) {
        source.error(value, "author '" + slug + "' must be a mapping, e.g. " + EXAMPLE);
      }
      return Optional.of(
          new DeclaredAuthor(
              slug,
              names,
              Map.of(),
              Map.of(),
              false,
              null,
              List.of(),
              line(keyNode),
              column(keyNode)));
    }
    YamlMap map = section.wrap(mapping);
    unknownKeys(map, DeclaredAuthor.KEYS, "author '" + slug + "'");
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, String> bios = new LinkedHashMap<>();
    texts(map, "name", "\"Jean Dupont\"", names);
    texts(map, "role", "{ fr: \"Rédacteur\", en: \"Editor\" }", roles);
    texts(map, "bio", "{ fr: \"…\", en: \"…\" }", bios);
    return Optional.of(
        new DeclaredAuthor(
            slug,
            names,
            roles,
            bios,
            organization(map, slug),
            photo(map),
            links(map),
            line(keyNode),
            column(keyNode)));
  }

  private int line(Node node) {
    return node == null ? 0 : source.line(node);
  }

  private int column(Node node) {
    return node == null ? 0 : source.column(node);
  }

  /** Each key not in {@code known} is an error, with the nearest known key. */
  private void unknownKeys(YamlMap map, Collection<String> known, String where) {
    for (String key : map.keys()) {
      if (!known.contains(key)) {
        String hint =
            Suggestions.nearest(key, known, 2).map(s -> " (did you mean " + s + "?)").orElse("");
        source.error(
            map.keyNodeOrNull(key),
            "unknown key '"
                + key
                + "' in "
                + where
                + hint
                + ": use one of "
                + String.join(", ", known));
      }
    }
  }

  /** A text for every language ({@code *}), or one per language. */
  private void texts(YamlMap map, String key, String example, Map<String, String> out) {
    Optional<Node> node = map.valueNode(key);
    if (node.isPresent() && node.get() instanceof MappingNode m) {
      YamlMap perLanguage = map.wrap(m);
      for (String lang : perLanguage.keys()) {
        if (!lang.matches("[a-z]{2,3}")) {
          source.error(
              perLanguage.keyNodeOrNull(lang),
              "'"
                  + lang
                  + "' under '"
                  + key
                  + "' is not a language code: give the text per language, e.g. "
                  + key
                  + ": "
                  + example);
          continue;
        }
        perLanguage.text(lang, false, lang + ": \"…\"").ifPresent(t -> out.put(lang, t.value()));
      }
    } else {
      map.text(key, false, key + ": " + example).ifPresent(t -> out.put("*", t.value()));
    }
  }

  private boolean organization(YamlMap map, String slug) {
    Optional<Located<String>> kind = map.string("kind", false, "kind: organization");
    if (kind.isEmpty()) {
      return false;
    }
    String value = kind.get().value().toLowerCase(Locale.ROOT);
    if (value.equals("organization") || value.equals("organisation")) {
      return true;
    }
    if (!value.equals("person")) {
      source
          .problems()
          .error(
              SiteConfigLoader.PATH,
              kind.get().line(),
              kind.get().column(),
              "kind of author '"
                  + slug
                  + "' must be 'person' or 'organization', not '"
                  + kind.get().value()
                  + "'");
    }
    return false;
  }

  /** {@code photo:}, a mapping with {@code src} (or just the path). */
  private PhotoRef photo(YamlMap map) {
    Optional<Node> node = map.valueNode("photo");
    if (node.isEmpty() || YamlMap.isNull(node.get())) {
      return null;
    }
    if (node.get() instanceof ScalarNode) {
      return map.string("photo", false, "photo: images/jean-dupont.jpg")
          .map(s -> new PhotoRef(s.value(), null, null, null, s.line(), s.column()))
          .orElse(null);
    }
    Optional<YamlMap> photo =
        map.map(
            "photo", false, "photo: { src: images/jean-dupont.jpg, alt: \"…\", credit: \"…\" }");
    if (photo.isEmpty()) {
      return null;
    }
    YamlMap p = photo.get();
    unknownKeys(p, PHOTO_KEYS, "the author's photo");
    Optional<Located<String>> src = p.string("src", true, "src: images/jean-dupont.jpg");
    if (src.isEmpty()) {
      return null;
    }
    return new PhotoRef(
        src.get().value(),
        p.text("alt", false, "alt: \"…\"").map(Located::value).orElse(null),
        p.text("caption", false, "caption: \"…\"").map(Located::value).orElse(null),
        p.text("credit", false, "credit: \"Name / Agency\"").map(Located::value).orElse(null),
        src.get().line(),
        src.get().column());
  }

  /** {@code links:}: each kind once, each checked. */
  private List<ProfileLink> links(YamlMap map) {
    Optional<YamlMap> links =
        map.map(
            "links", false, "links: { website: https://example.org/, email: jean@example.org }");
    if (links.isEmpty()) {
      return List.of();
    }
    unknownKeys(links.get(), ProfileLink.KINDS, "the author's links");
    List<ProfileLink> out = new ArrayList<>();
    for (String kind : ProfileLink.KINDS) {
      links
          .get()
          .string(kind, false, kind + ": …")
          .flatMap(value -> link(kind, value))
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<ProfileLink> link(String kind, Located<String> value) {
    String text = value.value();
    if (kind.equals("email")) {
      String address = text.regionMatches(true, 0, "mailto:", 0, 7) ? text.substring(7) : text;
      if (EMAIL.matcher(address).matches()) {
        return Optional.of(new ProfileLink(kind, "mailto:" + address));
      }
      return bad(value, "email must be an address such as jean@example.org, not '" + text + "'");
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return Optional.of(new ProfileLink(kind, uri.toASCIIString()));
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return bad(
        value,
        kind + " must be an https:// address such as https://example.org/, not '" + text + "'");
  }

  private Optional<ProfileLink> bad(Located<String> value, String message) {
    source.problems().error(SiteConfigLoader.PATH, value.line(), value.column(), message);
    return Optional.empty();
  }
}
