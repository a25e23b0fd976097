package io.github.briefings.scaffold;

import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.content.Suggestions;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link NewSite} request, checked: every bad argument is one line naming its parameter, all of
 * them reported together.
 *
 * @param title the site's name, one line
 * @param baseUrl the site's address, ending with {@code /}
 * @param language the default language
 * @param languages every language, the default first
 * @param zone the time zone
 */
record StarterSettings(
    String title, URI baseUrl, String language, List<String> languages, ZoneId zone) {

  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  /** Checks {@code request}; {@code machineZone} is the zone used when none is given. */
  static StarterSettings check(NewSite request, ZoneId machineZone) throws ScaffoldRefused {
    List<String> reasons = new ArrayList<>();
    String title = request.title() == null ? "" : request.title().strip();
    if (title.isEmpty()) {
      reasons.add("-Dtitle is missing: give the site's name, e.g. -Dtitle=\"Le Desk\"");
    } else if (title.chars().anyMatch(Character::isISOControl)) {
      reasons.add("-Dtitle must be one line of text without control characters");
    }
    URI baseUrl = baseUrl(request.baseUrl(), reasons);
    List<String> languages = new ArrayList<>();
    for (String typed : request.languages()) {
      language(typed, "-Dlanguages", reasons).ifPresent(languages::add);
    }
    String language =
        request.language() == null || request.language().isBlank()
            ? (languages.isEmpty() ? "en" : languages.get(0))
            : language(request.language(), "-Dlanguage", reasons).orElse("en");
    Set<String> all = new LinkedHashSet<>();
    all.add(language);
    all.addAll(languages);
    ZoneId zone = zone(request.timezone(), machineZone, reasons);
    if (!reasons.isEmpty()) {
      throw new ScaffoldRefused(reasons);
    }
    return new StarterSettings(title, baseUrl, language, List.copyOf(all), zone);
  }

  private static URI baseUrl(String typed, List<String> reasons) {
    if (typed == null || typed.isBlank()) {
      reasons.add(
          "-DbaseUrl is missing: give the address the site will have, e.g. "
              + "-DbaseUrl=https://ORG.github.io/REPO/");
      return null;
    }
    String text = typed.strip();
    String problem = SiteConfigLoader.baseUrlProblem(text);
    if (problem != null) {
      reasons.add("-DbaseUrl " + problem);
      return null;
    }
    return URI.create(text.endsWith("/") ? text : text + "/");
  }

  private static java.util.Optional<String> language(
      String typed, String parameter, List<String> reasons) {
    String code = typed.strip().toLowerCase(Locale.ROOT);
    if (ISO_LANGUAGES.contains(code)) {
      return java.util.Optional.of(code);
    }
    String hint =
        Suggestions.nearest(code, ISO_LANGUAGES, 1)
            .map(s -> " (did you mean " + s + "?)")
            .orElse("");
    reasons.add(
        parameter
            + ": '"
            + typed.strip()
            + "' is not an ISO 639-1 language code"
            + hint
            + ": use two letters such as fr or en");
    return java.util.Optional.empty();
  }

  private static ZoneId zone(String typed, ZoneId machineZone, List<String> reasons) {
    if (typed == null || typed.isBlank()) {
      return machineZone;
    }
    try {
      return ZoneId.of(typed.strip());
    } catch (DateTimeException e) {
      String hint =
          Suggestions.nearest(typed.strip(), ZoneId.getAvailableZoneIds(), 3)
              .map(s -> " (did you mean " + s + "?)")
              .orElse("");
      reasons.add(
          "-Dtimezone: '"
              + typed.strip()
              + "' is not a time zone"
              + hint
              + ": use a region id such as Europe/Paris or UTC");
      return machineZone;
    }
  }
}
