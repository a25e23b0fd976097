package io.github.briefings.metadata;

import java.util.Locale;
import java.util.Map;

/** The Open Graph locale ({@code fr_FR}, {@code en_GB}) of a page's language code. */
public final class OgLocale {

  private static final Map<String, String> REGIONS =
      Map.of(
          "fr", "FR", "en", "GB", "de", "DE", "es", "ES", "it", "IT", "pt", "PT", "nl", "NL", "ru",
          "RU", "uk", "UA");

  private OgLocale() {}

  /**
   * {@code language_TERRITORY} for a two-letter language code; the language's own name as a region
   * otherwise.
   */
  public static String of(String lang) {
    String code = lang.toLowerCase(Locale.ROOT);
    String region = REGIONS.getOrDefault(code, code.toUpperCase(Locale.ROOT));
    return code + "_" + region;
  }
}
