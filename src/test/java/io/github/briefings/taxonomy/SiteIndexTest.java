package io.github.briefings.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Located;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIndexTest {

  @TempDir Path tmp;

  SiteConfig site;

  @BeforeEach
  void setUp() {
    new TestProject(tmp)
        .write(
            "site/site.yaml",
            TestProject.SITE_YAML
                + """
                  elections: { fr: "Élections", en: "Elections" }
                  economy: { fr: "Économie", en: "Economy" }
                  energy: { fr: "Énergie", en: "Energy" }
                  europe: { fr: "Europe", en: "Europe" }
                """);
    site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
  }

  private Article article(
      String slug, String lang, int day, String countries, String topics, String key) {
    List<Located<String>> c =
        Arrays.stream(countries.split(",")).map(s -> new Located<>(s, 1, 1)).toList();
    List<Located<String>> t =
        Arrays.stream(topics.split(",")).map(s -> new Located<>(s, 1, 1)).toList();
    Briefing b =
        new Briefing(
            Path.of(slug + ".md"),
            slug + ".md",
            slug,
            "s",
            ZonedDateTime.of(2024, 11, day, 12, 0, 0, 0, ZoneId.of("Europe/Paris")),
            null,
            List.of("A"),
            lang,
            c,
            t,
            null,
            false,
            slug,
            List.of(),
            key == null ? null : new Located<>(key, 1, 1),
            "",
            1,
            null,
            null,
            true);
    return new Article(b, b.sitePath(site), null, "", List.of());
  }

  private SiteIndex index(List<Article> articles) {
    return SiteIndex.of(site, articles, new Countries(site), new Topics(site));
  }

  @Test
  void termsListExactlyTheirBriefingsNewestFirstPerLanguage() {
    Article a = article("a", "fr", 1, "RU,KP", "defence", null);
    Article b = article("b", "fr", 3, "RU", "diplomacy", null);
    Article c = article("c", "en", 2, "RU", "defence", null);
    SiteIndex index = index(new ArrayList<>(List.of(a, b, c)));
    assertThat(index.briefings("fr")).containsExactly(b, a);
    assertThat(index.term("countries", "fr", "RU").orElseThrow().articles()).containsExactly(b, a);
    assertThat(index.term("countries", "fr", "KP").orElseThrow().articles()).containsExactly(a);
    assertThat(index.term("countries", "en", "RU").orElseThrow().articles()).containsExactly(c);
    assertThat(index.term("countries", "en", "KP")).isEmpty();
    assertThat(index.term("topics", "fr", "defence").orElseThrow().sitePath())
        .isEqualTo("topics/defence/");
    assertThat(index.term("countries", "en", "RU").orElseThrow().sitePath())
        .isEqualTo("en/countries/ru/");
  }

  @Test
  void sameDayTiesAreBrokenBySlug() {
    Article z = article("z", "fr", 5, "RU", "defence", null);
    Article y = article("y", "fr", 5, "RU", "defence", null);
    assertThat(index(List.of(z, y)).briefings("fr")).containsExactly(y, z);
  }

  @Test
  void termsSortByNameWithTheLanguagesCollator() {
    List<Article> articles =
        List.of(
            article("a", "fr", 1, "EG", "energy", null),
                article("b", "fr", 1, "ES", "elections", null),
            article("c", "fr", 1, "EE", "europe", null),
                article("d", "fr", 1, "AE", "economy", null));
    SiteIndex index = index(articles);
    // É sorts with E: Égypte before Émirats before Espagne before Estonie
    assertThat(index.countries("fr"))
        .extracting(Term::name)
        .containsExactly("Égypte", "Émirats arabes unis", "Espagne", "Estonie");
    assertThat(index.topics("fr"))
        .extracting(Term::name)
        .containsExactly("Économie", "Élections", "Énergie", "Europe");
  }

  @Test
  void countryNamesInBothLanguages() {
    SiteIndex index =
        index(
            List.of(
                article("a", "fr", 1, "KP", "defence", null),
                article("b", "en", 1, "KP", "defence", null)));
    assertThat(index.countries("fr")).extracting(Term::name).containsExactly("Corée du Nord");
    assertThat(index.countries("en")).extracting(Term::name).containsExactly("North Korea");
  }

  @Test
  void relatedBriefingsShareTheMostTermsNewestFirstOnTies() {
    Article self = article("self", "fr", 10, "RU,KP", "defence,diplomacy", null);
    Article three = article("three", "fr", 1, "RU,KP", "defence", null);
    Article twoOld = article("two-old", "fr", 2, "RU", "defence", null);
    Article twoNew = article("two-new", "fr", 8, "KP", "diplomacy", null);
    Article one = article("one", "fr", 9, "RU", "elections", null);
    Article oneOlder = article("one-older", "fr", 3, "US", "defence", null);
    Article none = article("none", "fr", 9, "BR", "economy", null);
    Article otherLanguage = article("other", "en", 9, "RU,KP", "defence,diplomacy", null);
    SiteIndex index =
        index(List.of(self, three, twoOld, twoNew, one, oneOlder, none, otherLanguage));
    assertThat(index.related(self, 4)).containsExactly(three, twoNew, twoOld, one);
    assertThat(index.related(none, 4)).isEmpty();
  }

  @Test
  void translationsAreTheOtherLanguagesVersions() {
    Article fr = article("fr", "fr", 1, "RU", "defence", "treaty");
    Article en = article("en", "en", 1, "RU", "defence", "treaty");
    Article alone = article("alone", "fr", 1, "RU", "defence", "other");
    SiteIndex index = index(List.of(fr, en, alone));
    assertThat(index.translations(fr)).containsExactly(en);
    assertThat(index.translations(en)).containsExactly(fr);
    assertThat(index.translations(alone)).isEmpty();
  }

  @Test
  void topTermsByCount() {
    SiteIndex index =
        index(
            List.of(
                article("a", "fr", 1, "RU,KP", "defence", null),
                article("b", "fr", 2, "RU", "defence", null),
                article("c", "fr", 3, "US", "defence", null)));
    assertThat(SiteIndex.top(index.countries("fr"), 2))
        .extracting(Term::key)
        .containsExactly("RU", "KP");
  }

  @Test
  void aBriefingReplacedByAVersionFiledAlikeTakesItsPlaceEverywhere() {
    Article a = article("a", "fr", 1, "RU,KP", "defence", "k");
    Article b = article("b", "fr", 3, "RU", "diplomacy", null);
    Article c = article("c", "fr", 2, "KP", "defence", null);
    Article en = article("a-en", "en", 1, "RU", "defence", "k");
    SiteIndex before = index(new ArrayList<>(List.of(a, b, c, en)));
    Article a2 = article("a", "fr", 1, "RU,KP", "defence", "k");
    assertThat(a2).isNotSameAs(a);

    java.util.IdentityHashMap<Article, Article> swap = new java.util.IdentityHashMap<>();
    swap.put(a, a2);
    SiteIndex after = before.replacing(swap);

    assertThat(after.all()).containsExactly(b, c, a2, en);
    assertThat(after.ordinal(a2)).isEqualTo(before.ordinal(a));
    assertThat(after.briefings("fr")).containsExactly(b, c, a2);
    assertThat(after.term("countries", "fr", "KP").orElseThrow().articles()).containsExactly(c, a2);
    assertThat(after.countries("fr"))
        .extracting(Term::key)
        .containsExactlyElementsOf(before.countries("fr").stream().map(Term::key).toList());
    assertThat(after.related(c, 4)).containsExactly(a2);
    assertThat(after.translations(en)).containsExactly(a2);
    assertThat(before.briefings("fr")).as("the old index is unchanged").containsExactly(b, c, a);
  }
}
