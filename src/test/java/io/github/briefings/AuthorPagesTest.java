package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Author pages of real builds: bylines, listings, feeds, JSON-LD, the example site. */
class AuthorPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void theExampleSiteShowsItsAuthors() throws Exception {
    BuildOptions options =
        BuildOptions.defaults(Path.of("").toAbsolutePath())
            .withOutputDir(
                Path.of(System.getProperty("authors.out", tmp.resolve("site").toString())))
            .withNow(Instant.parse("2024-12-01T12:00:00Z"))
            .withThreads(2);
    BuildResult build = Briefings.build(options);
    assertThat(build.succeeded()).as("%s", build.problems()).isTrue();
    assertThat(build.problems()).extracting(Problem::message).noneMatch(m -> m.contains("author"));
    Path out = build.outputDir();
    Document camille = Jsoup.parse(out.resolve("authors/camille-exemple/index.html").toFile());
    assertThat(camille.selectFirst("h1").text()).isEqualTo("Camille Exemple");
    assertThat(camille.select(".author__photo figure .credit").text())
        .isEqualTo("Illustration / Briefings");
    assertThat(camille.select(".author__links a[rel=me]")).hasSize(2);
    assertThat(camille.select(".author__links a[href=mailto:camille@example.org]")).hasSize(1);
    Document credits = Jsoup.parse(out.resolve("credits/index.html").toFile());
    assertThat(credits.select(".credit-list a[href=/briefings/authors/camille-exemple/]"))
        .hasSize(1);
    JsonNode ld = jsonLd(camille);
    assertThat(ld.path("@type").asText()).isEqualTo("ProfilePage");
    assertThat(ld.path("mainEntity").path("@type").asText()).isEqualTo("Person");
    Document desk = Jsoup.parse(out.resolve("en/authors/briefings-desk/index.html").toFile());
    assertThat(jsonLd(desk).path("mainEntity").path("@type").asText()).isEqualTo("Organization");
    assertThat(Files.exists(out.resolve("en/authors/index.html"))).isTrue();
  }

  static JsonNode jsonLd(Document page) throws Exception {
    Element script = page.selectFirst("script[type=application/ld+json]");
    assertThat(script).isNotNull();
    return JSON.readTree(script.data());
  }

  static List<String> texts(Document page, String css) {
    return page.select(css).eachText();
  }
}
