package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comments:} in site.yaml and {@code comments:} in a briefing's front matter. */
class CommentsSettingsTest {

  @TempDir Path tmp;

  /** TestProject's settings take 9 lines; {@code comments} is written from line 10. */
  private Optional<SiteConfig> load(String comments, Problems problems) {
    new TestProject(tmp).write("site/site.yaml", TestProject.SITE_YAML + comments);
    return SiteConfigLoader.load(tmp, null, problems);
  }

  private List<String> problems(String comments) {
    Problems problems = new Problems();
    Optional<SiteConfig> site = load(comments, problems);
    assertThat(site).as("settings with errors are not used").isEmpty();
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  private static final String GOOD =
      """
      comments:
        giscus:
          repo: newsroom/briefings.site
          repoId: R_kgDOabc123
          category: Q&A
          categoryId: DIC_kwDOabc123
      """;

  @Test
  void offWhenAbsentEmptyOrFalse() {
    for (String off : List.of("", "comments:\n", "comments: false\n", "comments: ~\n")) {
      Problems problems = new Problems();
      SiteConfig site = load(off, problems).orElseThrow();
      assertThat(site.comments()).as(off).isNull();
      assertThat(problems.sorted()).as(off).isEmpty();
    }
  }

  @Test
  void readsTheGiscusSettingsWithTheirDefaults() {
    Problems problems = new Problems();
    Comments comments = load(GOOD, problems).orElseThrow().comments();
    assertThat(problems.sorted()).isEmpty();
    assertThat(comments)
        .isEqualTo(
            new Comments(
                "newsroom/briefings.site",
                "R_kgDOabc123",
                "Q&A",
                "DIC_kwDOabc123",
                "preferred_color_scheme",
                true,
                "bottom"));
  }

  @Test
  void readsTheOptionalSettings() {
    Problems problems = new Problems();
    Comments comments =
        load(
                GOOD
                    + "    theme: dark_dimmed\n"
                    + "    reactions: false\n"
                    + "    inputPosition: top\n",
                problems)
            .orElseThrow()
            .comments();
    assertThat(problems.sorted()).isEmpty();
    assertThat(comments.theme()).isEqualTo("dark_dimmed");
    assertThat(comments.reactions()).isFalse();
    assertThat(comments.inputPosition()).isEqualTo("top");

    Comments custom =
        load(GOOD + "    theme: https://example.org/giscus.css\n", problems)
            .orElseThrow()
            .comments();
    assertThat(custom.theme()).isEqualTo("https://example.org/giscus.css");
  }

  @Test
  void aRepositoryThatIsNotOwnerSlashNameIsAnErrorAtItsValue() {
    for (String bad :
        List.of(
            "briefings",
            "https://github.com/newsroom/briefings",
            "newsroom/briefings/extra",
            "-newsroom/briefings",
            "newsroom/..",
            "news room/briefings",
            "\"newsroom/<b>x</b>\"")) {
      String value = bad.startsWith("\"") ? bad.substring(1, bad.length() - 1) : bad;
      assertThat(problems(GOOD.replace("newsroom/briefings.site", bad)))
          .as(bad)
          .containsExactly(
              "site/site.yaml:12:11: error: repo must be the GitHub repository as OWNER/NAME, e.g."
                  + " newsroom/briefings, not '"
                  + value
                  + "'");
    }
  }

  @Test
  void idsMustBePlainIdsAndEveryRequiredFieldIsNamed() {
    assertThat(problems(GOOD.replace("R_kgDOabc123", "\"R_kg <script>\"")))
        .containsExactly(
            "site/site.yaml:13:13: error: repoId must be the repository id giscus.app gives as"
                + " data-repo-id, e.g. R_kgDOabc123 (letters, digits, '_', '-', '='), not"
                + " 'R_kg <script>'");
    assertThat(problems(GOOD.replace("DIC_kwDOabc123", "\"DIC\\\"x\"")))
        .containsExactly(
            "site/site.yaml:15:17: error: categoryId must be the category id giscus.app gives as"
                + " data-category-id, e.g. DIC_kwDOabc123 (letters, digits, '_', '-', '='), not"
                + " 'DIC\"x'");
    assertThat(
            problems(
                """
                comments:
                  giscus:
                    repo: newsroom/briefings
                    category: ""
                """))
        .containsExactly(
            "site/site.yaml:12: error: missing required field 'categoryId': add it, e.g."
                + " categoryId: DIC_kwDOabc123",
            "site/site.yaml:12: error: missing required field 'repoId': add it, e.g. repoId:"
                + " R_kgDOabc123",
            "site/site.yaml:13:15: error: 'category' is empty: give it a value, e.g. category:"
                + " Comments");
  }

  @Test
  void anUnknownKeyIsAnErrorWithTheNearestKnownOne() {
    assertThat(problems(GOOD + "    reaction: false\n"))
        .containsExactly(
            "site/site.yaml:16:5: error: unknown key 'reaction' in comments.giscus (did you mean"
                + " reactions?): the keys are repo, repoId, category, categoryId, theme, reactions,"
                + " inputPosition");
    assertThat(problems(GOOD.replace("  giscus:", "  giscuss:")))
        .contains(
            "site/site.yaml:11:3: error: unknown key 'giscuss' in comments (did you mean giscus?):"
                + " the keys are giscus");
  }

  @Test
  void badOptionalValuesAndATrueWithoutSettingsAreErrors() {
    assertThat(problems(GOOD + "    theme: \"dark; background: url(x)\"\n"))
        .containsExactly(
            "site/site.yaml:16:12: error: theme must be a giscus theme name such as"
                + " preferred_color_scheme, light or dark_dimmed, or the https:// address of a style"
                + " sheet, not 'dark; background: url(x)'");
    assertThat(problems(GOOD + "    inputPosition: middle\n"))
        .containsExactly(
            "site/site.yaml:16:20: error: inputPosition must be 'top' or 'bottom', not 'middle'");
    assertThat(problems(GOOD + "    reactions: sometimes\n"))
        .containsExactly("site/site.yaml:16:16: error: 'reactions' must be true or false");
    assertThat(problems("comments: true\n"))
        .containsExactly(
            "site/site.yaml:10:11: error: 'comments: true' does not say where the comments live:"
                + " give the giscus settings, e.g. comments: { giscus: { repo: newsroom/briefings,"
                + " repoId: R_kgDOabc123, category: Comments, categoryId: DIC_kwDOabc123 } }");
    assertThat(problems("comments: giscus\n"))
        .containsExactly("site/site.yaml:10:11: error: 'comments' must be true or false");
  }

  @Test
  void aBriefingTurnsItsCommentsOffWithABoolean() {
    new TestProject(tmp)
        .briefing("content/a.md", "A", "2024-11-06", "")
        .briefing("content/b.md", "B", "2024-11-06", "comments: false\n")
        .briefing("content/c.md", "C", "2024-11-06", "comments: no\n");
    SiteConfig site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
    BriefingLoader loader = new BriefingLoader(tmp, site);

    Problems problems = new Problems();
    assertThat(loader.load(tmp.resolve("content/a.md"), problems).orElseThrow().comments())
        .isTrue();
    assertThat(loader.load(tmp.resolve("content/b.md"), problems).orElseThrow().comments())
        .isFalse();
    assertThat(problems.sorted()).isEmpty();

    loader.load(tmp.resolve("content/c.md"), problems);
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly("content/c.md:13:11: error: 'comments' must be true or false");
  }
}
