package io.github.briefings.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code comments:} of {@code site/site.yaml} into {@link Comments}: absent, empty or {@code
 * false} is off; otherwise every giscus setting is checked, each problem at its line. An unknown
 * key is an error (a mistyped {@code theme} or {@code reactions} would otherwise be dropped
 * unseen).
 */
final class CommentsSettings {

  private static final List<String> KEYS = List.of("giscus");
  private static final List<String> GISCUS_KEYS =
      List.of("repo", "repoId", "category", "categoryId", "theme", "reactions", "inputPosition");
  private static final String EXAMPLE =
      "comments: { giscus: { repo: newsroom/briefings, repoId: R_kgDOabc123,"
          + " category: Comments, categoryId: DIC_kwDOabc123 } }";

  /** GitHub's rules: an owner of 1 to 39 letters, digits and '-', a name of '.', '_', '-' too. */
  private static final Pattern REPO =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}");

  /** A GitHub node id as giscus.app prints it: no space, quote or markup. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_=+/-]{1,200}");

  private static final Pattern THEME_NAME = Pattern.compile("[a-z0-9_]{1,60}");

  private CommentsSettings() {}

  /** The comments settings, or null when comments are off or their settings have errors. */
  static Comments read(YamlMap yaml) {
    Optional<Node> value = yaml.valueNode("comments");
    if (value.isEmpty() || YamlMap.isNull(value.get())) {
      return null;
    }
    YamlSource source = yaml.source();
    if (value.get() instanceof ScalarNode) {
      if (yaml.bool("comments").orElse(false)) {
        source.error(
            value.get(),
            "'comments: true' does not say where the comments live: give the giscus settings, e.g. "
                + EXAMPLE);
      }
      return null;
    }
    Optional<YamlMap> section = yaml.map("comments", false, EXAMPLE);
    if (section.isEmpty()) {
      return null;
    }
    rejectUnknownKeys(section.get(), KEYS, "comments");
    return section.get().map("giscus", true, EXAMPLE).map(CommentsSettings::giscus).orElse(null);
  }

  private static Comments giscus(YamlMap giscus) {
    long errorsBefore = giscus.source().problems().errorCount();
    rejectUnknownKeys(giscus, GISCUS_KEYS, "comments.giscus");
    String repo =
        checked(
            giscus,
            "repo",
            "newsroom/briefings",
            REPO,
            "must be the GitHub repository as OWNER/NAME, e.g. newsroom/briefings");
    String repoId =
        checked(
            giscus,
            "repoId",
            "R_kgDOabc123",
            ID,
            "must be the repository id giscus.app gives as data-repo-id, e.g. R_kgDOabc123"
                + " (letters, digits, '_', '-', '=')");
    String category =
        giscus.string("category", true, "category: Comments").map(Located::value).orElse(null);
    String categoryId =
        checked(
            giscus,
            "categoryId",
            "DIC_kwDOabc123",
            ID,
            "must be the category id giscus.app gives as data-category-id, e.g. DIC_kwDOabc123"
                + " (letters, digits, '_', '-', '=')");
    String theme = theme(giscus);
    boolean reactions = giscus.bool("reactions").orElse(true);
    String inputPosition = inputPosition(giscus);
    if (giscus.source().problems().errorCount() > errorsBefore) {
      return null;
    }
    return new Comments(repo, repoId, category, categoryId, theme, reactions, inputPosition);
  }

  /** A required value that must match {@code pattern}; null when missing or wrong (reported). */
  private static String checked(
      YamlMap map, String key, String example, Pattern pattern, String rule) {
    Optional<Located<String>> value = map.string(key, true, key + ": " + example);
    if (value.isEmpty()) {
      return null;
    }
    Located<String> v = value.get();
    if (!pattern.matcher(v.value()).matches()) {
      map.source()
          .problems()
          .error(
              map.source().path(),
              v.line(),
              v.column(),
              key + " " + rule + ", not '" + v.value() + "'");
      return null;
    }
    return v.value();
  }

  private static String theme(YamlMap giscus) {
    return choice(
        giscus,
        "theme",
        Comments.DEFAULT_THEME,
        v -> THEME_NAME.matcher(v).matches() || isHttpsUrl(v),
        "theme must be a giscus theme name such as preferred_color_scheme, light or"
            + " dark_dimmed, or the https:// address of a style sheet");
  }

  /**
   * The value of {@code key} in {@code giscus}: {@code fallback} when absent; null, with an error
   * at the value ({@code rule}, then the value given), when {@code good} refuses it.
   */
  private static String choice(
      YamlMap giscus,
      String key,
      String fallback,
      java.util.function.Predicate<String> good,
      String rule) {
    Optional<Located<String>> value = giscus.string(key, false, key + ": " + fallback);
    if (value.isEmpty()) {
      return fallback;
    }
    Located<String> v = value.get();
    if (good.test(v.value())) {
      return v.value();
    }
    giscus
        .source()
        .problems()
        .error(giscus.source().path(), v.line(), v.column(), rule + ", not '" + v.value() + "'");
    return null;
  }

  private static boolean isHttpsUrl(String value) {
    try {
      URI uri = new URI(value);
      return "https".equals(uri.getScheme())
          && uri.getHost() != null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String inputPosition(YamlMap giscus) {
    return choice(
        giscus,
        "inputPosition",
        "bottom",
        v -> v.equals("top") || v.equals("bottom"),
        "inputPosition must be 'top' or 'bottom'");
  }

  /** Reports each key not in {@code known} as an error at the key, with the nearest known one. */
  private static void rejectUnknownKeys(YamlMap map, List<String> known, String where) {
    for (String key : map.keys()) {
      if (known.contains(key)) {
        continue;
      }
      String hint =
          Suggestions.nearest(key, known, 3).map(s -> " (did you mean " + s + "?)").orElse("");
      map.source()
          .error(
              map.keyNodeOrNull(key),
              "unknown key '"
                  + key
                  + "' in "
                  + where
                  + hint
                  + ": the keys are "
                  + String.join(", ", known));
    }
  }
}
