package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

  @TempDir Path tmp;

  @Test
  void readsTheSettings() {
    new TestProject(tmp);
    SiteConfig site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
    assertThat(site.title()).isEqualTo("Test Briefings");
    assertThat(site.basePath()).isEqualTo("/briefings/");
    assertThat(site.languages()).containsExactly("fr", "en");
    assertThat(site.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(site.topics().get("defence").label("en", "fr")).isEqualTo("Defence");
    assertThat(site.languagePrefix("en")).isEqualTo("en/");
    assertThat(site.languagePrefix("fr")).isEmpty();
  }

  @Test
  void defaultsAndATrailingSlashAddedToBaseUrl() {
    new TestProject(tmp).write("site/site.yaml", "title: T\nbaseUrl: https://x.org/repo\n");
    SiteConfig site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
    assertThat(site.baseUrl().toString()).isEqualTo("https://x.org/repo/");
    assertThat(site.basePath()).isEqualTo("/repo/");
    assertThat(site.language()).isEqualTo("en");
    assertThat(site.timezone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(site.pageSize()).isEqualTo(10);
    assertThat(site.credits()).isEqualTo(CreditPolicy.ERROR);
  }

  @Test
  void baseUrlOverrideWins() {
    new TestProject(tmp);
    SiteConfig site =
        SiteConfigLoader.load(tmp, "https://org.github.io/r", new Problems()).orElseThrow();
    assertThat(site.basePath()).isEqualTo("/r/");
  }

  @Test
  void reportsEveryBadSetting() {
    new TestProject(tmp)
        .write(
            "site/site.yaml",
            """
                baseUrl: /relative
                timezone: Europe/Pariss
                pageSize: zero
                credits: maybe
                languages: [en]
                language: fr
                """);
    Problems problems = new Problems();
    assertThat(SiteConfigLoader.load(tmp, null, problems)).isEmpty();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "site/site.yaml:1: error: missing required field 'title': add it, e.g. title: \"Briefings\"",
            "site/site.yaml:1:10: error: baseUrl must be an absolute http(s) URL such as "
                + "https://example.github.io/briefings/, not '/relative'",
            "site/site.yaml:2:11: error: unknown timezone 'Europe/Pariss' (did you mean Europe/Paris?): use a "
                + "region id such as Europe/Paris or UTC",
            "site/site.yaml:3:11: error: pageSize must be a whole number from 1 to 1000, not 'zero'",
            "site/site.yaml:4:10: error: credits must be 'error' or 'warn', not 'maybe'",
            "site/site.yaml:5:12: error: 'languages' must include the default language 'fr'");
  }

  @Test
  void missingFile() {
    Problems problems = new Problems();
    assertThat(SiteConfigLoader.load(tmp, null, problems)).isEmpty();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "site/site.yaml: error: missing site settings: create site/site.yaml with at least 'title:' and 'baseUrl:'");
  }

  @Test
  void aTitleOrLabelInCurlyQuotesIsAWarningAndTheSettingsLoad() {
    new TestProject(tmp)
        .write(
            "site/site.yaml",
            TestProject.SITE_YAML
                .replace("title: \"Test Briefings\"", "title: “Le Desk”")
                .replace("en: \"Diplomacy\"", "en: ‘Diplomacy’"));
    Problems problems = new Problems();
    SiteConfig site = SiteConfigLoader.load(tmp, null, problems).orElseThrow();
    assertThat(site.title()).isEqualTo("“Le Desk”");
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "site/site.yaml:1:8: warning: 'title' is in curly quotes: use straight quotes \"…\" around a value; "
                + "the curly ones are published as text",
            "site/site.yaml:9:38: warning: 'en' is in curly quotes: use straight quotes \"…\" around a value; "
                + "the curly ones are published as text");
  }

  @Test
  void aTabOrAColonInCurlyQuotesIsReportedInTheWritersWords() {
    new TestProject(tmp)
        .write("site/site.yaml", TestProject.SITE_YAML.replace("  defence:", "\tdefence:"));
    Problems tab = new Problems();
    assertThat(SiteConfigLoader.load(tmp, null, tab)).isEmpty();
    assertThat(tab.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "site/site.yaml:8:1: error: tab used for indentation in site settings: indent with spaces, not tabs");

    new TestProject(tmp)
        .write(
            "site/site.yaml",
            TestProject.SITE_YAML.replace(
                "title: \"Test Briefings\"", "title: “Le Desk: l’essentiel”"));
    Problems colon = new Problems();
    assertThat(SiteConfigLoader.load(tmp, null, colon)).isEmpty();
    assertThat(colon.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "site/site.yaml:1:8: error: the ':' inside curly quotes breaks this line of site settings: YAML does "
                + "not take “…” for quotes; put the value in straight quotes \"…\"");
  }
}
