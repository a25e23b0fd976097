package io.github.briefings.taxonomy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Codes that writers type for a country and that are not its ISO 3166-1 alpha-2 code: UK and EL,
 * which ISO reserves for the United Kingdom and Greece (the EU uses them), and every alpha-3 code
 * (SEN, FRA, USA), mapped to the alpha-2 code the JDK gives them.
 */
final class CountryAliases {

  private static final Map<String, String> ALPHA2 = aliases();

  private CountryAliases() {}

  /** The alpha-2 code {@code typed} (any case) stands for, if it is one of these aliases. */
  static Optional<String> alpha2(String typed) {
    return Optional.ofNullable(ALPHA2.get(typed.strip().toUpperCase(Locale.ROOT)));
  }

  private static Map<String, String> aliases() {
    Map<String, String> out = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      try {
        String alpha3 = new Locale("", alpha2).getISO3Country();
        if (!alpha3.isEmpty()) {
          out.put(alpha3, alpha2);
        }
      } catch (MissingResourceException e) {
        // a code without an alpha-3 code in this JDK: nothing to map
      }
    }
    out.put("UK", "GB");
    out.put("EL", "GR");
    return Map.copyOf(out);
  }
}
