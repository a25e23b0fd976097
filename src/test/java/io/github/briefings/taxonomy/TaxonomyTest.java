package io.github.briefings.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {

  @TempDir Path tmp;

  SiteConfig site;

  @BeforeEach
  void setUp() {
    new TestProject(tmp)
        .write(
            "site/site.yaml",
            TestProject.SITE_YAML
                + """
                countries:
                  XK: { fr: "Kosovo", en: "Kosovo" }
                  KP: { fr: "Corée du Nord (RPDC)" }
                """);
    site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
  }

  @Test
  void countryNamesComeFromTheJdkPerLanguageAndTheSiteMayOverride() {
    Countries countries = new Countries(site);
    assertThat(countries.name("RU", "fr")).isEqualTo("Russie");
    assertThat(countries.name("RU", "en")).isEqualTo("Russia");
    assertThat(countries.name("KR", "fr")).isEqualTo("Corée du Sud");
    assertThat(countries.name("KP", "fr")).isEqualTo("Corée du Nord (RPDC)");
    assertThat(countries.name("XK", "en")).isEqualTo("Kosovo");
    assertThat(countries.isKnown("XK")).isTrue();
    assertThat(countries.isKnown("kp")).isTrue();
    assertThat(countries.isKnown("RK")).isFalse();
  }

  @Test
  void kosovoIsKnownWithoutBeingDeclared() {
    new TestProject(tmp);
    SiteConfig plain = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
    Countries countries = new Countries(plain);
    assertThat(countries.isKnown("XK")).isTrue();
    assertThat(countries.name("XK", "fr")).isEqualTo("Kosovo");
    assertThat(countries.name("XK", "en")).isEqualTo("Kosovo");
  }

  @Test
  void anUnknownCodeSuggestsTheNearestCodeWithItsName() {
    Countries countries = new Countries(site);
    assertThat(countries.unknownMessage("RK"))
        .isEqualTo(
            "unknown country code 'RK' (did you mean KR, South "
                + "Korea?): use an ISO 3166-1 alpha-2 code, or declare it under 'countries:' in site/site.yaml");
    assertThat(countries.suggest("RUSSIA")).startsWith("RU");
    assertThat(countries.suggest("Allemagne")).contains("DE");
  }

  @Test
  void codesPeopleTypeForACountrySuggestItsIsoCodeAlone() {
    Countries countries = new Countries(site);
    String tail =
        ": use an ISO 3166-1 alpha-2 code, or declare it under 'countries:' in site/site.yaml";
    assertThat(countries.unknownMessage("UK"))
        .isEqualTo("unknown country code 'UK' (did you mean GB, United " + "Kingdom?)" + tail);
    assertThat(countries.unknownMessage("EL"))
        .isEqualTo("unknown country code 'EL' (did you mean GR, Greece?)" + tail);
    assertThat(countries.unknownMessage("SEN"))
        .isEqualTo("unknown country code 'SEN' (did you mean SN, " + "Senegal?)" + tail);
    assertThat(countries.unknownMessage("fra"))
        .isEqualTo("unknown country code 'fra' (did you mean FR, " + "France?)" + tail);
    assertThat(countries.suggest("USA")).containsExactly("US");
    assertThat(countries.suggest("PRK")).containsExactly("KP");
    // a three-letter typo that is no alpha-3 code still gets the nearest codes
    assertThat(countries.suggest("SNN")).startsWith("SN");
  }

  @Test
  void topicsAreMatchedInAnyCaseAndNamedByTheirSlug() {
    Topics topics = new Topics(site);
    assertThat(topics.isDeclared("Defence")).isTrue();
    assertThat(topics.isDeclared("DIPLOMACY")).isTrue();
    assertThat(topics.isDeclared("Trade")).isFalse();
    assertThat(topics.undeclaredMessage("Defense")).isEqualTo(topics.undeclaredMessage("defense"));
  }

  @Test
  void anUndeclaredTopicSuggestsTheNearestDeclaredOne() {
    Topics topics = new Topics(site);
    assertThat(topics.undeclaredMessage("defense"))
        .isEqualTo(
            "undeclared topic 'defense' (did you mean "
                + "defence?): use a topic declared under 'topics:' in site/site.yaml, or declare it there");
    assertThat(topics.nearest("diplomatie")).contains("diplomacy");
    assertThat(topics.nearest("weather")).isEmpty();
    assertThat(topics.label("defence", "en")).isEqualTo("Defence");
    assertThat(topics.label("defence", "de")).isEqualTo("Défense");
  }
}
