package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingLoaderTest {

  @TempDir Path tmp;

  TestProject project;
  BriefingLoader loader;

  @BeforeEach
  void setUp() {
    project = new TestProject(tmp);
    SiteConfig site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
    loader = new BriefingLoader(tmp, site);
  }

  private List<String> problemsOf(String name, String text) {
    project.write("content/" + name, text);
    Problems problems = new Problems();
    loader.load(tmp.resolve("content/" + name), problems);
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  private Optional<Briefing> load(String name, String text) {
    project.write("content/" + name, text);
    return loader.load(tmp.resolve("content/" + name), new Problems());
  }

  private static final String VALID =
      """
            ---
            title: "Kim et Poutine"
            summary: "Résumé."
            date: 2024-11-06T18:00:00+01:00
            updated: 2024-11-07
            author: [Anna Novak, "Jean Dupont"]
            lang: EN
            countries: [ru, NO, kp]
            topics: [Defence]
            draft: true
            corrections:
              - date: 2024-11-08
                text: "Fixed a name."
            ---
            # Body
            """;

  @Test
  void readsEveryField() {
    Briefing b = load("2024-11-06-Kim-et-Poutine_à_Moscou.md", VALID).orElseThrow();
    assertThat(b.title()).isEqualTo("Kim et Poutine");
    assertThat(b.date().toOffsetDateTime().toString()).isEqualTo("2024-11-06T18:00+01:00");
    assertThat(b.updated().toLocalDate().toString()).isEqualTo("2024-11-07");
    assertThat(b.authors()).containsExactly("Anna Novak", "Jean Dupont");
    assertThat(b.lang()).isEqualTo("en");
    assertThat(b.countryCodes()).containsExactly("RU", "NO", "KP");
    assertThat(b.topicSlugs()).containsExactly("defence");
    assertThat(b.draft()).isTrue();
    assertThat(b.slug()).isEqualTo("kim-et-poutine-a-moscou");
    assertThat(b.corrections()).extracting(Correction::text).containsExactly("Fixed a name.");
    assertThat(b.body()).isEqualTo("# Body\n");
    assertThat(b.bodyLine()).isEqualTo(15);
    assertThat(b.countries().get(1).line()).isEqualTo(8);
    assertThat(b.countries().get(1).column()).isEqualTo(17);
  }

  @Test
  void aDateOnlyDateIsMidnightInTheSiteZone() {
    Briefing b =
        load("x.md", VALID.replace("2024-11-06T18:00:00+01:00", "2024-11-06")).orElseThrow();
    assertThat(b.date().toOffsetDateTime().toString()).isEqualTo("2024-11-06T00:00+01:00");
  }

  @Test
  void anOffsetIsConvertedToTheSiteZoneToFindTheMonth() {
    Briefing b =
        load("x.md", VALID.replace("2024-11-06T18:00:00+01:00", "2024-10-31T23:30:00Z"))
            .orElseThrow();
    assertThat(b.sitePath(SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow()))
        .isEqualTo("en/2024/11/x/");
  }

  @Test
  void missingFrontMatter() {
    assertThat(problemsOf("x.md", "# Just a title\n"))
        .containsExactly(
            "content/x.md:1:1: error: missing front matter: start the file with a line '---', then the fields "
                + "(title, summary, date, author, countries, topics), then a line '---'");
  }

  @Test
  void unclosedFrontMatter() {
    assertThat(problemsOf("x.md", "---\ntitle: x\n"))
        .containsExactly(
            "content/x.md:1:1: error: unclosed front matter: add a line '---' after the last field");
  }

  @Test
  void malformedYamlIsReportedAtItsLine() {
    List<String> problems = problemsOf("x.md", "---\ntitle: \"x\nsummary: y\n---\n");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .matches("content/x\\.md:[34]:\\d+: error: malformed YAML in front matter: .*");
    List<String> tabs = problemsOf("y.md", "---\ntitle: x\n  summary: [a\n---\n");
    assertThat(tabs.get(0)).startsWith("content/y.md:3:").contains("malformed YAML");
  }

  @Test
  void everyMissingFieldIsReportedAtLineOne() {
    assertThat(problemsOf("x.md", "---\ntitle: x\n---\n"))
        .containsExactly(
            "content/x.md:1: error: missing required field 'author': add it, e.g. author: Jean Dupont",
            "content/x.md:1: error: missing required field 'countries': add it, e.g. countries: [RU, KP]",
            "content/x.md:1: error: missing required field 'date': add it, e.g. date: 2024-11-06T18:00:00+01:00",
            "content/x.md:1: error: missing required field 'summary': add it, e.g. summary: \"One or two sentences.\"",
            "content/x.md:1: error: missing required field 'topics': add it, e.g. topics: [defence]");
  }

  @Test
  void wrongTypeIsReportedAtTheValue() {
    List<String> problems =
        problemsOf("x.md", VALID.replace("countries: [ru, NO, kp]", "countries: RU"));
    assertThat(problems)
        .containsExactly(
            "content/x.md:8:12: error: 'countries' must be a list, e.g. countries: [RU, KP]");
  }

  @Test
  void unparseableDate() {
    assertThat(problemsOf("x.md", VALID.replace("2024-11-06T18:00:00+01:00", "6 novembre 2024")))
        .containsExactly(
            "content/x.md:4:7: error: unparseable date '6 novembre 2024' in 'date': use "
                + "ISO 8601, e.g. 2024-11-06 or 2024-11-06T18:00:00+01:00");
  }

  @Test
  void languageNotInTheSiteLanguages() {
    assertThat(problemsOf("x.md", VALID.replace("lang: EN", "lang: de")))
        .containsExactly(
            "content/x.md:7:7: error: language 'de' is not one of the site's languages fr, en: use one of "
                + "them, or add it to 'languages:' in site/site.yaml");
  }

  @Test
  void duplicateKeysAndUnknownKeys() {
    List<String> problems =
        problemsOf("x.md", VALID.replace("draft: true", "draft: true\ntitel: x\ntitle: y"));
    assertThat(problems)
        .contains(
            "content/x.md:12:1: error: duplicate key 'title': keep only one",
            "content/x.md:11:1: warning: unknown key 'titel' in front matter (did you mean title?); it is ignored");
  }

  @Test
  void draftMustBeABoolean() {
    assertThat(problemsOf("x.md", VALID.replace("draft: true", "draft: maybe")))
        .containsExactly("content/x.md:10:8: error: 'draft' must be true or false");
  }

  @Test
  void emptyTitleIsAnError() {
    assertThat(problemsOf("x.md", VALID.replace("title: \"Kim et Poutine\"", "title: \"\"")))
        .containsExactly(
            "content/x.md:2:8: error: 'title' is empty: give it a value, e.g. "
                + "title: \"Russia ratifies its treaty with North Korea\"");
  }

  @Test
  void aPlainValueInCurlyQuotesIsAWarningAtTheValue() {
    assertThat(
            problemsOf(
                "x.md",
                """
                ---
                title: “Grève des dockers”
                summary: ‘Le port est à l’arrêt’
                date: 2024-11-06
                author: [„Anna Novak“, Jean Dupont, ‚Tom Baker‘]
                countries: [FR]
                topics: [defence]
                dateline: „MARSEILLE”
                photo:
                  src: images/x.jpg
                  alt: “Des grues à l’arrêt”
                  caption: ‚Le port, mardi’
                  credit: “Photo / Agence”
                corrections:
                  - date: 2024-11-07
                    text: “Une erreur de nom.”
                ---
                """))
        .containsExactly(
            "content/x.md:2:8: warning: 'title' is in curly quotes: " + CURLY,
            "content/x.md:3:10: warning: 'summary' is in curly quotes: " + CURLY,
            "content/x.md:5:10: warning: 'author' is in curly quotes: " + CURLY,
            "content/x.md:5:37: warning: 'author' is in curly quotes: " + CURLY,
            "content/x.md:8:11: warning: 'dateline' is in curly quotes: " + CURLY,
            "content/x.md:11:8: warning: 'alt' is in curly quotes: " + CURLY,
            "content/x.md:12:12: warning: 'caption' is in curly quotes: " + CURLY,
            "content/x.md:13:11: warning: 'credit' is in curly quotes: " + CURLY,
            "content/x.md:16:11: warning: 'text' is in curly quotes: " + CURLY);
  }

  private static final String CURLY =
      "use straight quotes \"…\" around a value; the curly ones are published as text";

  @Test
  void guillemetsAndCurlyQuotesThatAreNotAroundTheWholeValueAreSilent() {
    assertThat(
            problemsOf(
                "x.md",
                """
                ---
                title: « Nous ne céderons pas »
                summary: "“Nous tiendrons”, dit le ministre"
                date: 2024-11-06
                author: Jean “JD” Dupont
                countries: [FR]
                topics: [defence]
                dateline: “Oui”, dit-il, “non”
                photo:
                  src: images/x.jpg
                  alt: '“Grève” au port'
                  caption: “Grève” au port
                  credit: Photo / Agence
                ---
                """))
        .isEmpty();
  }

  @Test
  void aColonInsideCurlyQuotesIsBlamedOnTheQuotes() {
    assertThat(
            problemsOf(
                "x.md", VALID.replace("title: \"Kim et Poutine\"", "title: “Paris: la grève”")))
        .containsExactly(
            "content/x.md:2:8: error: the ':' inside curly quotes breaks this line of front "
                + "matter: YAML does not take “…” for quotes; put the value in straight quotes \"…\"");
    // an apostrophe is not a quote: SnakeYAML's words, at the colon
    assertThat(
            problemsOf(
                "y.md", VALID.replace("title: \"Kim et Poutine\"", "title: L’Europe: la crise")))
        .containsExactly(
            "content/y.md:2:16: error: malformed YAML in front matter: mapping values are not "
                + "allowed here; check indentation, quotes and colons");
  }

  @Test
  void aTabIsReportedAtItsLineAndColumn() {
    assertThat(problemsOf("x.md", VALID.replace("  - date: 2024-11-08", "\t- date: 2024-11-08")))
        .containsExactly(
            "content/x.md:12:1: error: tab used for indentation in front matter: indent with "
                + "spaces, not tabs");
    assertThat(problemsOf("y.md", VALID.replace("    text: \"Fixed", "  \t text: \"Fixed")))
        .containsExactly(
            "content/y.md:13:3: error: tab used for indentation in front matter: indent with "
                + "spaces, not tabs");
    assertThat(problemsOf("z.md", VALID.replace("draft: true", "draft:\ttrue")))
        .containsExactly(
            "content/z.md:10:7: error: tab in front matter: YAML allows only spaces here; use "
                + "a space, not a tab");
  }

  @Test
  void aDateThatDoesNotExistSaysWhy() {
    assertThat(problemsOf("a.md", VALID.replace("2024-11-06T18:00:00+01:00", "2026-11-31")))
        .containsExactly(
            "content/a.md:4:7: error: the date '2026-11-31' in 'date' does not exist: November 2026 has 30 days");
    assertThat(problemsOf("b.md", VALID.replace("2024-11-06T18:00:00+01:00", "2024-02-30")))
        .containsExactly(
            "content/b.md:4:7: error: the date '2024-02-30' in 'date' does not exist: February 2024 has 29 days");
    assertThat(problemsOf("c.md", VALID.replace("2024-11-06T18:00:00+01:00", "2026-02-29 09:00")))
        .containsExactly(
            "content/c.md:4:7: error: the date '2026-02-29 09:00' in 'date' does not exist: February 2026 has "
                + "28 days");
    assertThat(problemsOf("d.md", VALID.replace("2024-11-06T18:00:00+01:00", "2026-13-01")))
        .containsExactly(
            "content/d.md:4:7: error: the date '2026-13-01' in 'date' does not exist: there is no month 13");
    assertThat(problemsOf("e.md", VALID.replace("18:00:00+01:00", "25:00:00+01:00")))
        .containsExactly(
            "content/e.md:4:7: error: the date '2024-11-06T25:00:00+01:00' in 'date' does not exist: there is "
                + "no hour 25 (hours run from 00 to 23)");
    assertThat(
            problemsOf(
                "f.md",
                VALID
                    .replace("updated: 2024-11-07", "updated: 2024-11-31")
                    .replace("  - date: 2024-11-08", "  - date: 2024-04-31")))
        .containsExactly(
            "content/f.md:5:10: error: the date '2024-11-31' in 'updated' does not exist: November 2024 has 30 "
                + "days",
            "content/f.md:12:11: error: the date '2024-04-31' in 'date' does not exist: April 2024 has 30 days");
  }
}
