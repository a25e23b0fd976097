package io.github.briefings.content;

import io.github.briefings.problems.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code site/site.yaml} into a {@link SiteConfig}, reporting every problem with its line.
 */
public final class SiteConfigLoader {

  /** Where the settings live, relative to the project directory. */
  public static final String PATH = "site/site.yaml";

  private static final Set<String> KEYS =
      Set.of(
          "title",
          "baseUrl",
          "language",
          "languages",
          "timezone",
          "pageSize",
          "credits",
          "topics",
          "countries",
          "description",
          "publisher",
          "logo",
          "comments",
          "authors",
          "search");

  private SiteConfigLoader() {}

  /**
   * Loads the settings; returns empty when they are unusable (the problems say why).
   *
   * @param baseUrlOverride a {@code baseUrl} that wins over the file's, or null
   */
  public static Optional<SiteConfig> load(
      Path projectDir, String baseUrlOverride, Problems problems) {
    Path file = projectDir.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      problems.error(
          PATH,
          0,
          0,
          "missing site settings: create " + PATH + " with at least 'title:' and 'baseUrl:'");
      return Optional.empty();
    }
    Optional<String> read =
        new TextFile(projectDir.resolve("site")).read(file, PATH, "the site settings", problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String text = read.get();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    YamlSource source = new YamlSource(PATH, 1, problems);
    Optional<YamlMap> parsed = source.parseMapping(text, "site settings");
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    return read(parsed.get(), baseUrlOverride, problems);
  }

  private static Optional<SiteConfig> read(
      YamlMap yaml, String baseUrlOverride, Problems problems) {
    YamlSource source = yaml.source();
    long errorsBefore = problems.errorCount();
    yaml.warnUnknownKeys(KEYS, PATH);

    String title = yaml.text("title", true, "title: \"Briefings\"").map(Located::value).orElse("");

    URI baseUrl = baseUrl(yaml, baseUrlOverride, problems);
    String basePath = baseUrl != null ? baseUrl.getRawPath() : "/";

    String language =
        yaml.string("language", false, "language: fr")
            .map(l -> checkLanguage(l, source))
            .orElse("en");
    List<String> languages = languages(yaml, language, problems);

    ZoneId zone = zone(yaml, problems);
    int pageSize = pageSize(yaml, problems);
    CreditPolicy credits = credits(yaml, problems);

    Map<String, DeclaredTopic> topics = readTopics(yaml, languages);
    Map<String, Map<String, String>> countries = readCountries(yaml);
    String publisher =
        yaml.text("publisher", false, "publisher: \"Briefings SARL\"")
            .map(Located::value)
            .orElse(null);
    String logo =
        yaml.string("logo", false, "logo: images/logo.png").map(Located::value).orElse(null);

    Comments comments = CommentsSettings.read(yaml);
    Map<String, DeclaredAuthor> authors = AuthorsLoader.read(yaml);
    boolean search = yaml.bool("search").orElse(true);

    if (problems.errorCount() > errorsBefore || baseUrl == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            title, baseUrl, basePath, language, languages, zone, pageSize, credits, topics,
            countries, publisher, logo, comments, authors, search));
  }

  /** {@code -Dbriefing.baseUrl} when given, else {@code baseUrl:}; null when missing or bad. */
  private static URI baseUrl(YamlMap yaml, String baseUrlOverride, Problems problems) {
    URI baseUrl = null;
    if (baseUrlOverride != null && !baseUrlOverride.isBlank()) {
      baseUrl = parseBaseUrl(baseUrlOverride.strip(), problems, "-Dbriefing.baseUrl", 0, 0);
    } else {
      Optional<Located<String>> raw =
          yaml.string("baseUrl", true, "baseUrl: https://example.github.io/briefings/");
      if (raw.isPresent()) {
        baseUrl =
            parseBaseUrl(raw.get().value(), problems, PATH, raw.get().line(), raw.get().column());
      }
    }
    return baseUrl;
  }

  /** The site's languages, the default one first, each checked once. */
  private static List<String> languages(YamlMap yaml, String language, Problems problems) {
    YamlSource source = yaml.source();
    List<String> languages = new ArrayList<>();
    languages.add(language);
    yaml.stringList("languages", false, "languages: [fr, en]")
        .ifPresent(
            list -> {
              boolean hasDefault = false;
              for (Located<String> l : list) {
                String code = checkLanguage(l, source);
                if (code.equals(language)) {
                  hasDefault = true;
                } else if (languages.contains(code)) {
                  problems.error(
                      PATH, l.line(), l.column(), "language '" + code + "' is listed twice");
                } else {
                  languages.add(code);
                }
              }
              if (!hasDefault) {
                problems.error(
                    PATH,
                    yaml.lineOf("languages"),
                    yaml.columnOf("languages"),
                    "'languages' must include the default language '" + language + "'");
              }
            });
    return languages;
  }

  /** {@code timezone:}, UTC by default or when unknown (an error). */
  private static ZoneId zone(YamlMap yaml, Problems problems) {
    ZoneId zone = ZoneId.of("UTC");
    Optional<Located<String>> tz = yaml.string("timezone", false, "timezone: Europe/Paris");
    if (tz.isPresent()) {
      try {
        zone = ZoneId.of(tz.get().value());
      } catch (DateTimeException e) {
        String hint =
            Suggestions.nearest(tz.get().value(), ZoneId.getAvailableZoneIds(), 3)
                .map(s -> " (did you mean " + s + "?)")
                .orElse("");
        problems.error(
            PATH,
            tz.get().line(),
            tz.get().column(),
            "unknown timezone '"
                + tz.get().value()
                + "'"
                + hint
                + ": use a region id such as Europe/Paris or UTC");
      }
    }
    return zone;
  }

  /** {@code pageSize:}, 10 by default; from 1 to 1000. */
  private static int pageSize(YamlMap yaml, Problems problems) {
    int pageSize = 10;
    Optional<Located<String>> ps = yaml.string("pageSize", false, "pageSize: 10");
    if (ps.isPresent()) {
      try {
        pageSize = Integer.parseInt(ps.get().value());
        if (pageSize < 1 || pageSize > 1000) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.error(
            PATH,
            ps.get().line(),
            ps.get().column(),
            "pageSize must be a whole number from 1 to 1000, not '" + ps.get().value() + "'");
      }
    }
    return pageSize;
  }

  /** {@code credits:}, error by default, or warn. */
  private static CreditPolicy credits(YamlMap yaml, Problems problems) {
    CreditPolicy credits = CreditPolicy.ERROR;
    Optional<Located<String>> cr = yaml.string("credits", false, "credits: error");
    if (cr.isPresent()) {
      switch (cr.get().value().toLowerCase(Locale.ROOT)) {
        case "error" -> credits = CreditPolicy.ERROR;
        case "warn", "warning" -> credits = CreditPolicy.WARN;
        default ->
            problems.error(
                PATH,
                cr.get().line(),
                cr.get().column(),
                "credits must be 'error' or 'warn', not '" + cr.get().value() + "'");
      }
    }
    return credits;
  }

  private static URI parseBaseUrl(
      String raw, Problems problems, String path, int line, int column) {
    String problem = baseUrlProblem(raw);
    if (problem != null) {
      problems.error(path, line, column, "baseUrl " + problem);
      return null;
    }
    return URI.create(raw.endsWith("/") ? raw : raw + "/");
  }

  /**
   * What is wrong with {@code url} as a site's address ("must be an absolute http(s) URL…"), or
   * null when it is an absolute http(s) URL with a host and no query or fragment (a missing final
   * {@code /} is added).
   */
  public static String baseUrlProblem(String url) {
    try {
      URI uri = new URI(url.endsWith("/") ? url : url + "/");
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        return "must be an absolute http(s) URL such as https://example.github.io/briefings/, not '"
            + url
            + "'";
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        return "must not have a query or fragment: '" + url + "'";
      }
      return null;
    } catch (URISyntaxException e) {
      return "is not a valid URL: " + e.getReason();
    }
  }

  private static String checkLanguage(Located<String> lang, YamlSource source) {
    String code = lang.value().toLowerCase(Locale.ROOT);
    if (!code.matches("[a-z]{2,3}")) {
      source
          .problems()
          .error(
              PATH,
              lang.line(),
              lang.column(),
              "language must be a two-letter ISO 639-1 code such as fr or en, not '"
                  + lang.value()
                  + "'");
    }
    return code;
  }

  private static Map<String, DeclaredTopic> readTopics(YamlMap yaml, List<String> languages) {
    Map<String, DeclaredTopic> topics = new LinkedHashMap<>();
    Optional<YamlMap> section =
        yaml.map("topics", false, "topics: { defence: { fr: \"Défense\", en: \"Defence\" } }");
    if (section.isEmpty()) {
      return topics;
    }
    YamlSource source = yaml.source();
    for (Map.Entry<String, Node> e : section.get().entries().entrySet()) {
      String slug = e.getKey();
      Node keyNode = section.get().keyNodeOrNull(slug);
      if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        source.error(
            keyNode, "topic slug '" + slug + "' must be lower-case letters, digits and '-'");
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      Map<String, String> descriptions = new LinkedHashMap<>();
      Node value = e.getValue();
      if (value instanceof ScalarNode scalar && !YamlMap.isNull(value)) {
        for (String lang : languages) {
          labels.put(lang, scalar.getValue().strip());
        }
      } else if (value instanceof MappingNode mapping) {
        YamlMap labelMap = section.get().wrap(mapping);
        for (String key : labelMap.keys()) {
          if (key.equals("description")) {
            readDescriptions(labelMap, languages, descriptions);
            continue;
          }
          labelMap
              .text(key, false, key + ": \"Label\"")
              .ifPresent(l -> labels.put(key.toLowerCase(Locale.ROOT), l.value()));
        }
      } else if (!YamlMap.isNull(value)) {
        source.error(
            value,
            "topic '"
                + slug
                + "' must map languages to labels, e.g. "
                + slug
                + ": { fr: \"Défense\", en: \"Defence\" }");
        continue;
      }
      topics.put(slug, new DeclaredTopic(slug, labels, descriptions));
    }
    return topics;
  }

  private static void readDescriptions(
      YamlMap labelMap, List<String> languages, Map<String, String> out) {
    Optional<Node> node = labelMap.valueNode("description");
    if (node.isPresent() && node.get() instanceof MappingNode m) {
      YamlMap map = labelMap.wrap(m);
      for (String key : map.keys()) {
        map.text(key, false, key + ": \"…\"").ifPresent(l -> out.put(key, l.value()));
      }
    } else {
      labelMap
          .text("description", false, "description: \"…\"")
          .ifPresent(
              l -> {
                for (String lang : languages) {
                  out.put(lang, l.value());
                }
              });
    }
  }

  private static Map<String, Map<String, String>> readCountries(YamlMap yaml) {
    Map<String, Map<String, String>> countries = new LinkedHashMap<>();
    Optional<YamlMap> section =
        yaml.map("countries", false, "countries: { XK: { fr: \"Kosovo\", en: \"Kosovo\" } }");
    if (section.isEmpty()) {
      return countries;
    }
    YamlSource source = yaml.source();
    for (Map.Entry<String, Node> e : section.get().entries().entrySet()) {
      String code = e.getKey().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        source.error(
            section.get().keyNodeOrNull(e.getKey()),
            "country '" + e.getKey() + "' must be a two-letter ISO 3166-1 code such as XK");
        continue;
      }
      Map<String, String> names = new LinkedHashMap<>();
      if (e.getValue() instanceof MappingNode mapping) {
        YamlMap nameMap = section.get().wrap(mapping);
        for (String key : nameMap.keys()) {
          nameMap
              .text(key, false, key + ": \"Name\"")
              .ifPresent(l -> names.put(key.toLowerCase(Locale.ROOT), l.value()));
        }
      } else if (e.getValue() instanceof ScalarNode scalar && !YamlMap.isNull(scalar)) {
        names.put("*", scalar.getValue().strip());
      } else {
        source.error(
            e.getValue(),
            "country '"
                + code
                + "' must map languages to names, e.g. "
                + code
                + ": { fr: \"Kosovo\", en: \"Kosovo\" }");
        continue;
      }
      countries.put(code, Map.copyOf(names));
    }
    return countries;
  }
}
