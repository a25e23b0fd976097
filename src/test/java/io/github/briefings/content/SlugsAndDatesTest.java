package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlugsAndDatesTest {

  @Test
  void slugsFoldAccentsAndDropTheDatePrefix() {
    assertThat(Slugs.fromFileName("2024-11-06-La-Russie_ratifie le traité.md"))
        .isEqualTo("la-russie-ratifie-le-traite");
    assertThat(Slugs.slugify("Cœur & Æther — Straße")).isEqualTo("coeur-aether-strasse");
    assertThat(Slugs.slugify("  --Été!!  ")).isEqualTo("ete");
    assertThat(Slugs.slugify("北朝鮮")).isEmpty();
  }

  @Test
  void datesInEveryAcceptedForm() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(Dates.parse("2024-11-06T18:00:00+01:00", paris).orElseThrow().toString())
        .isEqualTo("2024-11-06T18:00+01:00[Europe/Paris]");
    assertThat(Dates.parse("2024-11-06T17:00:00Z", paris).orElseThrow().getHour()).isEqualTo(18);
    assertThat(Dates.parse("2024-11-06 18:00", paris).orElseThrow().getHour()).isEqualTo(18);
    assertThat(Dates.parse("2024-11-06", paris).orElseThrow().getHour()).isZero();
    assertThat(Dates.parse("06/11/2024", paris)).isEmpty();
    assertThat(Dates.parse("2024-13-01", paris)).isEmpty();
  }

  @Test
  void aDateInAnAcceptedFormThatDoesNotExistSaysWhy() {
    assertThat(Dates.impossible("2026-11-31")).contains("November 2026 has 30 days");
    assertThat(Dates.impossible("2024-02-30")).contains("February 2024 has 29 days");
    assertThat(Dates.impossible("2100-02-29")).contains("February 2100 has 28 days");
    assertThat(Dates.impossible("2026-00-10")).contains("there is no month 0");
    assertThat(Dates.impossible("2026-11-00")).contains("there is no day 0");
    assertThat(Dates.impossible("2026-11-06T24:00"))
        .contains("there is no hour 24 (hours run from 00 to 23)");
    assertThat(Dates.impossible("2026-11-06 10:61"))
        .contains("there is no minute 61 (minutes run from 00 to 59)");
    assertThat(Dates.impossible("2026-11-06T10:00:60Z"))
        .contains("there is no second 60 (seconds run from 00 to 59)");
    // dates that exist, and texts that are not dates at all, are not impossible
    assertThat(Dates.impossible("2024-02-29")).isEmpty();
    assertThat(Dates.impossible("2026-11-30T23:59:59+01:00")).isEmpty();
    assertThat(Dates.impossible("6 novembre 2024")).isEmpty();
    assertThat(Dates.impossible("2026-11-31 et demi")).isEmpty();
  }

  @Test
  void suggestionsPreferTranspositions() {
    assertThat(Suggestions.distance("rk", "kr")).isEqualTo(0.5);
    assertThat(Suggestions.nearest("defense", java.util.List.of("defence", "diplomacy"), 2))
        .contains("defence");
  }
}
