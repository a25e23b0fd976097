package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildResult;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZonedTimeTest {

  private static final Map<String, String> FR = new Theme(null).messages("fr");
  private static final Map<String, String> EN = new Theme(null).messages("en");

  @TempDir Path tmp;

  private static String say(
      String zone, String lang, Map<String, String> messages, String instant) {
    ZoneId id = ZoneId.of(zone);
    return ZonedTimeText.of(id, lang, messages).format(ZonedDateTime.parse(instant));
  }

  @Test
  void aZoneNamedAfterACityIsSaidWithItsCity() {
    assertThat(say("Europe/Paris", "fr", FR, "2024-11-06T17:00:00Z"))
        .isEqualTo("18:00, heure de Paris");
    assertThat(say("Europe/Paris", "en", EN, "2024-11-06T17:00:00Z")).isEqualTo("18:00 Paris time");
    // summer time: the city stays, the time moves
    assertThat(say("Europe/Paris", "en", EN, "2024-07-01T17:30:00Z")).isEqualTo("19:30 Paris time");
    assertThat(say("America/New_York", "en", EN, "2024-11-06T17:00:00Z"))
        .isEqualTo("12:00 New York time");
    assertThat(say("America/Argentina/Buenos_Aires", "fr", FR, "2024-11-06T17:00:00Z"))
        .isEqualTo("14:00, heure de Buenos Aires");
  }

  @Test
  void utcOffsetsAndZonesWithoutACityAreSaidByTheirAbbreviation() {
    assertThat(say("UTC", "fr", FR, "2024-11-06T17:00:00Z")).isEqualTo("17:00 UTC");
    assertThat(say("Etc/UTC", "en", EN, "2024-11-06T17:00:00Z")).isEqualTo("17:00 UTC");
    assertThat(say("GMT", "en", EN, "2024-11-06T17:00:00Z")).isEqualTo("17:00 UTC");
    assertThat(say("Etc/GMT-2", "en", EN, "2024-11-06T17:00:00Z")).isEqualTo("19:00 UTC+02:00");
    assertThat(say("CET", "en", EN, "2024-11-06T17:00:00Z")).isEqualTo("18:00 CET");
    assertThat(say("CET", "en", EN, "2024-07-01T17:00:00Z")).isEqualTo("19:00 CEST");
    assertThat(say("US/Eastern", "en", EN, "2024-11-06T17:00:00Z")).isEqualTo("12:00 EST");
    assertThat(say("Australia/NSW", "en", EN, "2024-11-06T17:00:00Z"))
        .doesNotContain("NSW")
        .startsWith("04:00 ");
  }

  @Test
  void theWordsAndTheCityComeFromTheThemesStrings() {
    Map<String, String> london =
        Map.of("timeZoneCity", "Londres", "timeInCity", "{time} (heure de {city})");
    assertThat(say("Europe/London", "fr", london, "2024-11-06T17:00:00Z"))
        .isEqualTo("17:00 (heure de Londres)");
    assertThat(say("UTC", "fr", Map.of("timeInZone", "{time} ({zone})"), "2024-11-06T17:00:00Z"))
        .isEqualTo("17:00 (UTC)");
  }

  @Test
  void aBriefingPageSaysWhichZoneItsTimesAreIn() {
    TestProject p = new TestProject(tmp);
    p.briefing(
        "content/fr.md",
        "Le traité",
        "2024-11-06T18:00:00+01:00",
        "updated: 2024-11-07T08:15:00Z\n");
    p.briefing("content/en.md", "The treaty", "2024-11-06T17:00:00Z", "lang: en\n");
    p.briefing("content/day.md", "A day", "2024-11-05", "");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).as(result.problems().toString()).isTrue();

    Document fr = Jsoup.parse(p.read("2024/11/fr/index.html"));
    Element published = fr.selectFirst(".published time");
    assertThat(published.attr("datetime")).isEqualTo("2024-11-06T18:00:00+01:00");
    assertThat(published.text()).isEqualTo("6 novembre 2024 à 18:00, heure de Paris");
    Element updated = fr.selectFirst(".updated time");
    assertThat(updated.attr("datetime")).isEqualTo("2024-11-07T09:15:00+01:00");
    assertThat(updated.text()).isEqualTo("7 novembre 2024 à 09:15, heure de Paris");

    Document en = Jsoup.parse(p.read("en/2024/11/en/index.html"));
    assertThat(en.selectFirst(".published time").text())
        .isEqualTo("6 November 2024 at 18:00 Paris time");
    // a date without a time says no time, so no zone
    assertThat(Jsoup.parse(p.read("2024/11/day/index.html")).selectFirst(".published time").text())
        .isEqualTo("5 novembre 2024");
  }

  @Test
  void aUtcSiteSaysUtc() {
    TestProject p = new TestProject(tmp);
    p.write(
        "site/site.yaml", TestProject.SITE_YAML.replace("timezone: Europe/Paris", "timezone: UTC"));
    p.briefing("content/en.md", "The treaty", "2024-11-06T18:00:00+01:00", "lang: en\n");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).as(result.problems().toString()).isTrue();
    Element published =
        Jsoup.parse(p.read("en/2024/11/en/index.html")).selectFirst(".published time");
    assertThat(published.attr("datetime")).isEqualTo("2024-11-06T17:00:00Z");
    assertThat(published.text()).isEqualTo("6 November 2024 at 17:00 UTC");
  }
}
