package io.github.briefings.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.check.SiteChecker;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.problems.Problems;
import io.github.briefings.serve.Preview;
import io.github.briefings.serve.ServeOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteScaffoldTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");
  private static final ZoneId MACHINE = ZoneId.of("UTC");

  @TempDir Path tmp;

  private List<String> init(NewSite request) throws ScaffoldRefused {
    return SiteScaffold.create(tmp, request, "1.2.3", NOW, MACHINE);
  }

  private static NewSite leDesk() {
    return new NewSite(
        "Le Desk", "https://desk.github.io/briefs", "fr", List.of("fr", "en"), "Europe/Paris");
  }

  @Test
  void writesACompleteRepositoryThatBuildsAndChecksWithoutAProblem() throws Exception {
    Files.createDirectories(tmp.resolve(".git"));
    Files.writeString(tmp.resolve(".gitattributes"), "* text=auto\n");
    List<String> written = init(leDesk());

    assertThat(written)
        .containsExactly(
            "pom.xml",
            ".gitignore",
            ".mvn/jvm.config",
            "README.md",
            ".github/workflows/pages.yml",
            "site/site.yaml",
            "site/static/favicon.svg",
            "templates/README.md",
            "content/2026/bienvenue.md",
            "content/images/welcome-desk.jpg",
            "content/images/welcome-notebook.jpg");
    String pom = Files.readString(tmp.resolve("pom.xml"));
    assertThat(pom)
        .contains(
            "<groupId>io.github.desk</groupId>",
            "<artifactId>briefs</artifactId>",
            "<briefings.version>1.2.3</briefings.version>",
            "<name>Le Desk</name>",
            "<artifactId>maven-site-plugin</artifactId>\n          <version>3.21.0</version>",
            "<phase>none</phase>");
    assertThat(Files.readString(tmp.resolve(".gitignore"))).contains("target/");
    // Maven reads it for every build in the repository, the Pages workflow's included
    assertThat(Files.readAllLines(tmp.resolve(".mvn/jvm.config")))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(Files.readString(tmp.resolve("templates/README.md")))
        .contains("tree/v1.2.3/templates");

    Problems problems = new Problems();
    SiteConfig site = SiteConfigLoader.load(tmp, null, problems).orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(site.title()).isEqualTo("Le Desk");
    assertThat(site.baseUrl()).hasToString("https://desk.github.io/briefs/");
    assertThat(site.languages()).containsExactly("fr", "en");
    assertThat(site.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(site.topics()).hasSize(10);
    assertThat(site.topics().get("economy").labels())
        .isEqualTo(Map.of("fr", "Économie", "en", "Economy"));

    // published: nothing yet, and no warning; the site passes the check
    BuildOptions options = BuildOptions.defaults(tmp).withNow(NOW.plusSeconds(60));
    BuildResult built = Briefings.build(options);
    assertThat(built.problems()).isEmpty();
    assertThat(built.briefings()).isZero();
    assertThat(built.schedule().drafts()).isEqualTo(1);
    CheckResult checked =
        SiteChecker.forSite(options.projectDir(), options.baseUrl(), options.threads())
            .check(built.outputDir());
    assertThat(checked.problems()).isEmpty();

    // with drafts: the welcome briefing, its credited lead photo and its inline figure
    BuildResult drafts =
        Briefings.build(options.withDrafts(true).withOutputDir(Path.of("target/drafts")));
    assertThat(drafts.problems()).isEmpty();
    assertThat(drafts.briefings()).isEqualTo(1);
    Document page = Jsoup.parse(tmp.resolve("target/drafts/2026/12/bienvenue/index.html").toFile());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Un premier briefing pour Le Desk");
    List<Element> figures = page.select("figure");
    assertThat(figures).hasSize(2);
    assertThat(figures)
        .allSatisfy(
            f -> {
              assertThat(f.selectFirst("img").attr("alt")).isNotBlank();
              assertThat(f.selectFirst("figcaption .credit").text()).contains("Briefings");
            });
    assertThat(page.text()).contains("4 décembre 2026");
  }

  @Test
  void theDraftShowsInThePreview() throws Exception {
    init(leDesk());
    ServeOptions options = ServeOptions.defaults(tmp).withAddress("127.0.0.1", 0).withFixedNow(NOW);
    try (Preview preview = Preview.start(options, rebuilt -> {})) {
      assertThat(preview.firstBuild().problems()).isEmpty();
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(preview.origin() + "/briefs/2026/12/bienvenue/"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Un premier briefing pour Le Desk");
    }
  }

  @Test
  void anotherLanguageGetsTheEnglishWelcomeAndItsWordsToTranslate() throws Exception {
    List<String> written =
        init(
            new NewSite(
                "Die Zeitung <&>", "https://news.example.org", null, List.of("de", "EN"), null));
    assertThat(written)
        .contains("content/2026/welcome.md", "templates/messages_de.properties")
        .doesNotContain("templates/messages_en.properties");
    String yaml = Files.readString(tmp.resolve("site/site.yaml"));
    assertThat(yaml)
        .contains(
            "title: \"Die Zeitung <&>\"",
            "language: de\n",
            "languages: [de, en]\n",
            "timezone: UTC\n",
            "economy: { de: \"Wirtschaft\", en: \"Economy\" }");
    assertThat(Files.readString(tmp.resolve("pom.xml")))
        .contains(
            "<groupId>org.example.news</groupId>",
            "<artifactId>die-zeitung</artifactId>",
            "<name>Die Zeitung &lt;&amp;&gt;</name>");
    assertThat(Files.readString(tmp.resolve("templates/messages_de.properties")))
        .startsWith("# The words of the built-in theme in German (de)")
        .contains("\nlatest=Latest briefings\n");
    assertThat(Files.readString(tmp.resolve("site/static/favicon.svg"))).contains(">D</text>");

    BuildResult drafts = Briefings.build(BuildOptions.defaults(tmp).withNow(NOW).withDrafts(true));
    assertThat(drafts.problems()).isEmpty();
    Document page =
        Jsoup.parse(tmp.resolve("target/briefing-site/2026/12/welcome/index.html").toFile());
    assertThat(page.selectFirst("h1").text()).isEqualTo("A first briefing for Die Zeitung <&>");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
  }

  @Test
  void refusesToWriteOverAnythingAndListsEveryCollision() throws IOException {
    new TestProject(tmp); // site/site.yaml
    Files.writeString(tmp.resolve("pom.xml"), "<project/>\n");
    Files.writeString(tmp.resolve("README.md"), "ours\n");
    Files.writeString(tmp.resolve("templates"), "a file where a folder goes\n");
    Map<String, String> before = TestProject.hashes(tmp);

    assertThatThrownBy(() -> init(leDesk()))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e -> {
              assertThat(e.reasons())
                  .containsExactly(
                      "pom.xml already exists",
                      "README.md already exists",
                      "site/site.yaml already exists",
                      "templates already exists");
              assertThat(e.summary())
                  .isEqualTo(
                      "4 files already exist: run init in an empty folder, or move them "
                          + "away first");
            });
    assertThat(TestProject.hashes(tmp)).isEqualTo(before);
    assertThat(tmp.resolve("content")).doesNotExist();
    assertThat(tmp.resolve(".github")).doesNotExist();
  }

  @Test
  void everyBadArgumentIsOneLineNamingItsParameter() {
    assertThatThrownBy(
            () ->
                init(
                    new NewSite(
                        " ",
                        "desk.github.io/briefs",
                        "fx",
                        List.of("fr", "english"),
                        "Europe/Pariss")))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly(
                        "-Dtitle is missing: give the site's name, e.g. -Dtitle=\"Le Desk\"",
                        "-DbaseUrl must be an absolute http(s) URL such as "
                            + "https://example.github.io/briefings/, not 'desk.github.io/briefs'",
                        "-Dlanguages: 'english' is not an ISO 639-1 language code: use two letters such as "
                            + "fr or en",
                        "-Dlanguage: 'fx' is not an ISO 639-1 language code (did you mean fa?): use two "
                            + "letters such as fr or en",
                        "-Dtimezone: 'Europe/Pariss' is not a time zone (did you mean Europe/Paris?): use a "
                            + "region id such as Europe/Paris or UTC"));
    assertThatThrownBy(
            () -> init(new NewSite("Desk", "ftp://desk.example.org/", null, List.of(), null)))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e ->
                assertThat(e.reasons())
                    .singleElement()
                    .asString()
                    .startsWith("-DbaseUrl must be an absolute http(s) URL"));
    assertThatThrownBy(
            () -> init(new NewSite("Two\nlines", "https://d.example.org/", null, List.of(), null)))
        .isInstanceOfSatisfying(
            ScaffoldRefused.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly(
                        "-Dtitle must be one line of text without control characters"));
    assertThat(tmp).isEmptyDirectory();
  }
}
