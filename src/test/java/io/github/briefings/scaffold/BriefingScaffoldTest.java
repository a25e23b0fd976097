package io.github.briefings.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingScaffoldTest {

  private static final Instant NOW = Instant.parse("2025-01-14T23:30:40Z");

  @TempDir Path tmp;

  @Test
  void writesAFileWithCompleteFrontMatterThatBuilds() throws Exception {
    TestProject project = new TestProject(tmp);
    Path file =
        BriefingScaffold.create(
            tmp,
            new NewBriefing(
                "La Corée du Nord « ratifie » l’accord",
                List.of("kp", "RU"),
                List.of("defence", "diplomacy"),
                null,
                "Jean \"JD\" Dupont"),
            NOW,
            Optional::empty);

    // 23:30 UTC is already the 15th in Paris; the year folder and date follow the site's time zone
    assertThat(file).isEqualTo(tmp.resolve("content/2025/la-coree-du-nord-ratifie-l-accord.md"));
    assertThat(Files.readString(file))
        .isEqualTo(
            """
                ---
                title: "La Corée du Nord « ratifie » l’accord"
                summary: "TODO : une ou deux phrases, le chapeau."
                date: 2025-01-15T00:30:00+01:00
                author: "Jean \\"JD\\" Dupont"
                lang: fr
                countries: [KP, RU]
                topics: [defence, diplomacy]
                draft: true
                # photo:
                #   src: images/NAME.jpg
                #   alt: "What the photo shows, for screen readers"
                #   caption: "What happened, who, where, when."
                #   credit: "Photographer / Agency"
                ---

                Écrivez le briefing ici, en Markdown. Retirez `draft: true` pour le publier.
                """);

    // the new file is a valid draft: built in preview, held back otherwise
    BuildResult drafts =
        Briefings.build(project.options().withNow(NOW.plusSeconds(3600)).withDrafts(true));
    assertThat(drafts.problems()).isEmpty();
    assertThat(drafts.briefings()).isEqualTo(1);
    assertThat(project.read("2025/01/la-coree-du-nord-ratifie-l-accord/index.html"))
        .contains("La Corée du Nord «\u202Fratifie\u202F» l’accord"); // French typography
    assertThat(Briefings.build(project.options().withNow(NOW.plusSeconds(3600))).held())
        .isEqualTo(1);
  }

  @Test
  void takesTheLanguageAskedAndTheGitUserName() throws Exception {
    new TestProject(tmp);
    Path file =
        BriefingScaffold.create(
            tmp,
            new NewBriefing("Ceasefire holds", List.of("IL", "LB"), List.of("defence"), "EN", null),
            NOW,
            () -> Optional.of("Sam Example"));
    assertThat(Files.readString(file))
        .contains("author: \"Sam Example\"\n")
        .contains("lang: en\n")
        .contains("summary: \"TODO: one or two sentences, the standfirst.\"\n")
        .endsWith("\nWrite the briefing here, in Markdown. Remove `draft: true` to publish it.\n");
  }

  @Test
  void aBriefingPublishedWithItsPlaceholdersIsAnErrorAtEachAndPublishesNothing() throws Exception {
    TestProject project =
        new TestProject(tmp).briefing("content/2024/other.md", "Other", "2024-11-06", "");
    BuildResult before = Briefings.build(project.options());
    assertThat(before.problems()).isEmpty();
    java.util.Map<String, String> site = TestProject.hashes(project.out());
    Path fr =
        BriefingScaffold.create(
            tmp,
            new NewBriefing("Grève au port", List.of("FR"), List.of("defence"), null, "A"),
            NOW,
            Optional::empty);
    Path en =
        BriefingScaffold.create(
            tmp,
            new NewBriefing("Port strike", List.of("FR"), List.of("defence"), "en", "A"),
            NOW,
            Optional::empty);
    // the writer removes draft: true but forgets the standfirst (fr) or the body (en)
    Files.writeString(
        fr,
        Files.readString(fr)
            .replace("draft: true\n", "")
            .replace("Écrivez le briefing ici", "Les dockers.\n\nÉcrivez le briefing ici"));
    Files.writeString(
        en,
        Files.readString(en)
            .replace("draft: true\n", "")
            .replace("TODO: one or two sentences, the standfirst.", "Dockers walked out."));

    BuildResult after = Briefings.build(project.options().withNow(NOW.plusSeconds(3600)));

    assertThat(after.problems())
        .extracting(io.github.briefings.problems.Problem::toString)
        .containsExactly(
            "content/2025/greve-au-port.md:3:10: error: the standfirst is still the placeholder 'TODO…' that "
                + "briefing:new wrote: write one or two sentences, or keep the briefing a draft (draft: true)",
            "content/2025/greve-au-port.md:18:1: error: the body still holds the placeholder that briefing:new "
                + "wrote: write the briefing in its place, or keep it a draft (draft: true)",
            "content/2025/port-strike.md:16:1: error: the body still holds the placeholder that briefing:new "
                + "wrote: write the briefing in its place, or keep it a draft (draft: true)");
    assertThat(TestProject.hashes(project.out())).isEqualTo(site);
  }

  @Test
  void refusesToOverwriteAnExistingFile() throws Exception {
    new TestProject(tmp);
    NewBriefing request =
        new NewBriefing("Same title", List.of("FR"), List.of("defence"), null, "A");
    Path file = BriefingScaffold.create(tmp, request, NOW, Optional::empty);
    Files.writeString(file, "my work");
    assertThatThrownBy(() -> BriefingScaffold.create(tmp, request, NOW, Optional::empty))
        .isInstanceOf(ScaffoldRefused.class)
        .hasMessage(
            "content/2025/same-title.md already exists and was left as it was: edit it, "
                + "or choose another title");
    assertThat(Files.readString(file)).isEqualTo("my work");
  }

  @Test
  void reportsEveryBadArgumentWithSuggestionsAndWritesNothing() {
    new TestProject(tmp);
    assertThatThrownBy(
            () ->
                BriefingScaffold.create(
                    tmp,
                    new NewBriefing(
                        "Title", List.of("RK", "FR", "Frnace"), List.of("defense"), "de", null),
                    NOW,
                    Optional::empty))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly(
                        "unknown country code 'RK' (did you mean KR, South Korea?): use an ISO 3166-1 alpha-2 code, "
                            + "or declare it under 'countries:' in site/site.yaml",
                        "unknown country code 'Frnace' (did you mean FR, France?): use an ISO 3166-1 alpha-2 code, "
                            + "or declare it under 'countries:' in site/site.yaml",
                        "undeclared topic 'defense' (did you mean defence?): use a topic declared under 'topics:' in "
                            + "site/site.yaml, or declare it there",
                        "language 'de' is not one of the site's languages (fr, en): pass one of them with -Dlang, "
                            + "or add it to 'languages:' in site/site.yaml",
                        "no author: pass -Dauthor=\"Your Name\", or set git's user name "
                            + "(git config --global user.name \"Your Name\")"));
    assertThatThrownBy(
            () ->
                BriefingScaffold.create(
                    tmp,
                    new NewBriefing(" ", List.of(), List.of(), null, "A"),
                    NOW,
                    Optional::empty))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly(
                        "no title: pass -Dtitle=\"The headline\"",
                        "no country: pass -Dcountries=KP,RU (ISO 3166-1 alpha-2 codes)",
                        "no topic: pass -Dtopics=defence (topics declared in site/site.yaml)"));
    assertThat(tmp.resolve("content")).doesNotExist();
  }

  @Test
  void aTopicInAnyCaseIsTheDeclaredOneAsInFrontMatter() throws Exception {
    TestProject project = new TestProject(tmp);
    Path file =
        BriefingScaffold.create(
            tmp,
            new NewBriefing(
                "Trade talks", List.of("FR"), List.of("Defence", "DIPLOMACY"), null, "A"),
            NOW,
            Optional::empty);
    assertThat(Files.readString(file)).contains("\ntopics: [defence, diplomacy]\n");

    project.briefing("content/2024/cased.md", "Cased", "2024-11-06", "");
    edit("content/2024/cased.md", "topics: [defence]", "topics: [Defence, DIPLOMACY]");
    BuildResult built = Briefings.build(project.options());
    assertThat(built.problems()).isEmpty();
    assertThat(project.read("2024/11/cased/index.html")).contains("Défense").contains("Diplomatie");
  }

  @Test
  void aMistypedTopicGetsTheSameHintHereAsInFrontMatter() throws Exception {
    TestProject project = new TestProject(tmp);
    String expected =
        "undeclared topic 'diplomatie' (did you mean diplomacy?): use a topic declared under "
            + "'topics:' in site/site.yaml, or declare it there";
    assertThatThrownBy(
            () ->
                BriefingScaffold.create(
                    tmp,
                    new NewBriefing("Title", List.of("UK"), List.of("Diplomatie"), null, "A"),
                    NOW,
                    Optional::empty))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly(
                        "unknown country code 'UK' (did you mean GB, United Kingdom?): use an ISO 3166-1 alpha-2 "
                            + "code, or declare it under 'countries:' in site/site.yaml",
                        expected));

    project.briefing("content/2024/x.md", "X", "2024-11-06", "");
    edit("content/2024/x.md", "countries: [RU, KP]", "countries: [RU, UK]");
    edit("content/2024/x.md", "topics: [defence]", "topics: [Diplomatie]");
    assertThat(Briefings.build(project.options()).problems())
        .extracting(Object::toString)
        .containsExactly(
            "content/2024/x.md:6:17: error: unknown country code 'UK' (did you mean GB, United Kingdom?): use an "
                + "ISO 3166-1 alpha-2 code, or declare it under 'countries:' in site/site.yaml",
            "content/2024/x.md:7:10: error: " + expected);
  }

  private void edit(String path, String from, String to) throws java.io.IOException {
    Path file = tmp.resolve(path);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void splitsCommandLineLists() {
    assertThat(NewBriefing.split("KP, RU;UA  US")).containsExactly("KP", "RU", "UA", "US");
    assertThat(NewBriefing.split(null)).isEmpty();
    assertThat(NewBriefing.split(" ")).isEmpty();
  }
}
