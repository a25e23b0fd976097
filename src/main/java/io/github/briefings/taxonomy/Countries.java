package io.github.briefings.taxonomy;

import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countries a site may name: every ISO 3166-1 alpha-2 code the JDK knows, XK (Kosovo), and
 * those the site declares in {@code site.yaml}; their names come from the JDK's (CLDR) locale data,
 * overridable per site.
 */
public final class Countries {

  /** Codes outside ISO 3166-1 that newsrooms use and CLDR names: Kosovo's user-assigned XK. */
  static final Set<String> IN_USE_BEYOND_ISO = Set.of("XK");

  private final Set<String> codes;
  private final Map<String, Map<String, String>> overrides;

  public Countries(SiteConfig site) {
    Set<String> all = new TreeSet<>(Set.of(Locale.getISOCountries()));
    all.addAll(IN_USE_BEYOND_ISO);
    all.addAll(site.countryNames().keySet());
    this.codes = Set.copyOf(all);
    this.overrides = site.countryNames();
  }

  public boolean isKnown(String code) {
    return codes.contains(code.toUpperCase(Locale.ROOT));
  }

  /** The country's name in {@code lang}: the site's override, else CLDR's, else the code. */
  public String name(String code, String lang) {
    Map<String, String> names = overrides.get(code);
    if (names != null) {
      String name = names.getOrDefault(lang, names.get("*"));
      if (name == null && !names.isEmpty()) {
        name = names.getOrDefault("en", names.values().iterator().next());
      }
      if (name != null) {
        return name;
      }
    }
    String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang));
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  /**
   * The message for an unknown code, with the nearest codes or names ("did you mean KR, South
   * Korea?").
   */
  public String unknownMessage(String typed) {
    List<String> nearest = suggest(typed);
    StringBuilder msg = new StringBuilder("unknown country code '").append(typed).append('\'');
    if (!nearest.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (String code : nearest) {
        shown.add(code + ", " + name(code, "en"));
      }
      msg.append(" (did you mean ").append(String.join("; or ", shown)).append("?)");
    }
    return msg.append(
            ": use an ISO 3166-1 alpha-2 code, or declare it under 'countries:' in site/site.yaml")
        .toString();
  }

  /**
   * Up to three codes nearest to what was typed, by code or by name in English or French; only the
   * country meant when what was typed is another code for it (UK, EL, an alpha-3 code such as SEN).
   */
  public List<String> suggest(String typed) {
    Optional<String> meant = CountryAliases.alpha2(typed).filter(this::isKnown);
    if (meant.isPresent()) {
      return List.of(meant.get());
    }
    Set<String> out = new LinkedHashSet<>();
    String upper = typed.toUpperCase(Locale.ROOT);
    if (upper.length() <= 3) {
      out.addAll(Suggestions.nearestAll(upper, codes, 1, 3));
    }
    if (typed.length() > 2) {
      Map<String, String> byName = new java.util.HashMap<>();
      for (String code : codes) {
        for (String lang : List.of("en", "fr")) {
          byName.putIfAbsent(name(code, lang), code);
        }
      }
      int max = Math.max(1, typed.length() / 4);
      for (String name : Suggestions.nearestAll(typed, new TreeSet<>(byName.keySet()), max, 3)) {
        out.add(byName.get(name));
      }
    }
    return out.stream().limit(3).toList();
  }
}
