package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.render.view.DateView;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTextTest {

  @Test
  void datesInTheWordsOfEachLanguage() {
    ZonedDateTime d = ZonedDateTime.of(2024, 11, 6, 18, 0, 0, 0, ZoneId.of("Europe/Paris"));
    assertThat(DateText.display(d, "fr")).isEqualTo("6 novembre 2024");
    assertThat(DateText.display(d, "en")).isEqualTo("6 November 2024");
    assertThat(DateText.display(d.withDayOfMonth(1), "fr")).isEqualTo("1er novembre 2024");
    ZonedTimeText zoned =
        ZonedTimeText.of(d.getZone(), "fr", Map.of("timeInCity", "{time}, heure de {city}"));
    assertThat(DateText.view(d, "fr", zoned))
        .isEqualTo(
            new DateView(
                "2024-11-06T18:00:00+01:00", "6 novembre 2024", "18:00", "18:00, heure de Paris"));
  }

  @Test
  void bylinesJoinTheFrenchAndEnglishWays() {
    assertThat(Byline.join(List.of("A"), "fr", null)).isEqualTo("A");
    assertThat(Byline.join(List.of("A", "B"), "fr", null)).isEqualTo("A et B");
    assertThat(Byline.join(List.of("A", "B", "C"), "fr", null)).isEqualTo("A, B et C");
    assertThat(Byline.join(List.of("A", "B", "C"), "en", null)).isEqualTo("A, B and C");
    assertThat(Byline.join(List.of("A", "B"), "sv", "och")).isEqualTo("A och B");
  }
}
