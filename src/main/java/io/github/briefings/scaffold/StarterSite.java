package io.github.briefings.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a new newsroom repository, by path, made from the starter files packaged with the
 * plugin ({@code io/github/briefings/starter/}) and the checked settings. Nothing here touches the
 * disk.
 */
final class StarterSite {

  private static final Pattern SLASH = Pattern.compile("/");

  private static final String STARTER = "io/github/briefings/starter/";
  private static final String THEME = "io/github/briefings/theme/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

  /**
   * The welcome briefing's texts and the journalists' README exist in these languages; others get
   * English.
   */
  private static final java.util.Set<String> WRITTEN_IN = java.util.Set.of("en", "fr");

  /**
   * The country a welcome briefing in each language is filed under (it is about the newsroom
   * itself).
   */
  private static final Map<String, String> HOME_COUNTRY =
      Map.ofEntries(
          Map.entry("en", "GB"),
          Map.entry("fr", "FR"),
          Map.entry("de", "DE"),
          Map.entry("es", "ES"),
          Map.entry("it", "IT"),
          Map.entry("pt", "PT"),
          Map.entry("nl", "NL"),
          Map.entry("pl", "PL"),
          Map.entry("sv", "SE"),
          Map.entry("da", "DK"),
          Map.entry("el", "GR"),
          Map.entry("ja", "JP"),
          Map.entry("zh", "CN"),
          Map.entry("ar", "EG"),
          Map.entry("uk", "UA"),
          Map.entry("cs", "CZ"));

  private StarterSite() {}

  /** Every file to write, in the order to write them. */
  static Map<String, byte[]> files(StarterSettings s, String pluginVersion, Instant now) {
    String written = WRITTEN_IN.contains(s.language()) ? s.language() : "en";
    ZonedDateTime date = now.atZone(s.zone()).truncatedTo(ChronoUnit.MINUTES);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", s.title());
    String quoted = BriefingScaffold.quoted(s.title());
    values.put("titleYaml", quoted);
    values.put("titleInQuotes", quoted.substring(1, quoted.length() - 1));
    values.put("titleXml", xml(s.title()));
    values.put("baseUrl", s.baseUrl().toString());
    values.put("groupId", groupId(s.baseUrl()));
    values.put("artifactId", artifactId(s.baseUrl(), s.title()));
    values.put("version", pluginVersion);
    values.put("ref", pluginVersion.endsWith("-SNAPSHOT") ? "main" : "v" + pluginVersion);
    values.put("language", s.language());
    values.put("languages", String.join(", ", s.languages()));
    values.put("timezone", s.zone().getId());
    values.put("topics", StarterTopics.yaml(s.languages()));
    values.put("topic", StarterTopics.WELCOME_TOPIC);
    values.put("country", HOME_COUNTRY.getOrDefault(s.language(), "FR"));
    values.put("date", BriefingScaffold.DATE_TIME.format(date));
    values.put("initial", xml(initial(s.title())));

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("pom.xml", text("pom.xml", values));
    files.put(".gitignore", raw("gitignore"));
    files.put(".mvn/jvm.config", raw("jvm.config"));
    files.put("README.md", text("README_" + written + ".md", values));
    files.put(".github/workflows/pages.yml", raw("pages.yml"));
    files.put("site/site.yaml", text("site.yaml", values));
    files.put("site/static/favicon.svg", text("favicon.svg", values));
    files.put("templates/README.md", text("templates-README.md", values));
    for (String lang : s.languages()) {
      if (resource(THEME + "messages_" + lang + ".properties") == null) {
        files.put("templates/messages_" + lang + ".properties", messagesToTranslate(lang));
      }
    }
    String slug = written.equals("fr") ? "bienvenue" : "welcome";
    files.put(
        "content/" + date.getYear() + "/" + slug + ".md",
        text("welcome_" + written + ".md", values));
    files.put("content/images/welcome-desk.jpg", raw("welcome-desk.jpg"));
    files.put("content/images/welcome-notebook.jpg", raw("welcome-notebook.jpg"));
    return files;
  }

  /** A starter file with every {@code {{name}}} replaced by its value. */
  private static byte[] text(String name, Map<String, String> values) {
    String template = new String(raw(name), StandardCharsets.UTF_8);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "starter file " + name + " names an unknown value " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] raw(String name) {
    byte[] bytes = resource(STARTER + name);
    if (bytes == null) {
      throw new IllegalStateException("the plugin lacks its starter file " + name);
    }
    return bytes;
  }

  private static byte[] resource(String path) {
    try (InputStream in = StarterSite.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " from the plugin", e);
    }
  }

  /** The theme's English words, as a file to translate for a language the theme does not speak. */
  private static byte[] messagesToTranslate(String lang) {
    String name = Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
    byte[] theme = resource(THEME + "messages_en.properties");
    if (theme == null) {
      throw new IllegalStateException("the plugin lacks its theme's messages_en.properties");
    }
    String english = new String(theme, StandardCharsets.UTF_8);
    return ("# The words of the built-in theme in "
            + name
            + " ("
            + lang
            + "): these are the English ones,\n"
            + "# written here by briefing:init for you to translate. A key left out falls back to English.\n"
            + english)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The reversed host of the site's address: {@code https://desk.github.io/news/} gives {@code
   * io.github.desk}.
   */
  static String groupId(URI baseUrl) {
    String[] labels = baseUrl.getHost().toLowerCase(Locale.ROOT).split("\\.");
    java.util.Collections.reverse(Arrays.asList(labels));
    String id =
        String.join(
            ".", Arrays.stream(labels).map(StarterSite::idPart).filter(p -> !p.isEmpty()).toList());
    return id.isEmpty() ? "newsroom" : id;
  }

  /** The repository's name (the address's last folder), else the title's slug. */
  static String artifactId(URI baseUrl, String title) {
    String[] segments = SLASH.splitAsStream(baseUrl.getPath()).toArray(String[]::new);
    String last = segments.length == 0 ? "" : idPart(segments[segments.length - 1]);
    if (last.isEmpty()) {
      last = io.github.briefings.content.Slugs.slugify(title);
    }
    return last.isEmpty() ? "briefings" : last;
  }

  private static String idPart(String text) {
    return text.replaceAll("[^A-Za-z0-9_.-]", "").replaceAll("^[.-]+|[.-]+$", "");
  }

  /** The title's first letter or digit, upper-cased, for the favicon; {@code B} without one. */
  static String initial(String title) {
    return title
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .boxed()
        .findFirst()
        .map(cp -> new String(Character.toChars(cp)).toUpperCase(Locale.ROOT))
        .orElse("B");
  }

  static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
