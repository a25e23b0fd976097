package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlugsAndDatesTest {

    @Test
    void slugsFoldAccentsAndDropTheDatePrefix() {
        assertThat(Slugs.fromFileName("2024-11-06-La-Russie_ratifie le traité.md")).isEqualTo("la-russie-ratifie-le-traite");
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
    void suggestionsPreferTranspositions() {
        assertThat(Suggestions.distance("rk", "kr")).isEqualTo(0.5);
        assertThat(Suggestions.nearest("defense", java.util.List.of("defence", "diplomacy"), 2)).contains("defence");
    }
}
