package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.check.CheckResult;
import io.github.briefings.check.ExternalLink;
import io.github.briefings.check.SiteChecker;
import io.github.briefings.incremental.DiskCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comments section of briefing pages as built: there only when site.yaml configures giscus and
 * the briefing does not turn it off, nothing in the page that reaches giscus.app or github.com, the
 * settings escaped in the section's attributes, and the discussion key free of the base path.
 */
class CommentsSectionTest {

  /** Settings whose category needs escaping in an attribute, and reactions off. */
  static final String COMMENTS = TestProject.COMMENTS_YAML + "    reactions: false\n";

  private static final Pattern THIRD_PARTY =
      Pattern.compile("(?i)//([a-z0-9-]+\\.)*(giscus\\.app|github\\.com|githubusercontent\\.com)");

  @TempDir Path tmp;

  /** A French and an English briefing, one without comments and a draft, with comments on. */
  static TestProject project(Path dir) {
    return new TestProject(dir)
        .write("site/site.yaml", TestProject.SITE_YAML + COMMENTS)
        .briefing("content/fr.md", "Le traité", "2024-11-06T18:00:00+01:00", "slug: traite\n")
        .briefing(
            "content/en.md", "The treaty", "2024-11-06T18:00:00+01:00", "lang: en\nslug: treaty\n")
        .briefing("content/off.md", "Sans commentaires", "2024-11-07", "comments: false\n")
        .briefing("content/draft.md", "Brouillon", "2024-11-08", "draft: true\n");
  }

  private static void build(BuildOptions options) {
    BuildResult result = Briefings.build(options);
    assertThat(result.problems()).isEmpty();
  }

  private static Document page(TestProject p, String sitePath) {
    return Jsoup.parse(p.read(sitePath + "index.html"));
  }

  @Test
  void aBriefingPageHasTheSectionWithItsSettingsAndKeyInBothLanguages() {
    TestProject p = project(tmp);
    build(p.options().withDrafts(true));

    Document fr = page(p, "2024/11/traite/");
    Element section = fr.getElementById("comments");
    assertThat(section).isNotNull();
    assertThat(section.tagName()).isEqualTo("section");
    assertThat(section.selectFirst("h2").text()).isEqualTo("Commentaires");
    assertThat(section.attr("aria-labelledby")).isEqualTo(section.selectFirst("h2").id());
    assertThat(section.selectFirst(".comments__notice").text())
        .contains("giscus", "GitHub", "giscus.app", "github.com");
    Element button = section.selectFirst("button");
    assertThat(button.attr("type")).isEqualTo("button");
    assertThat(button.text()).isEqualTo("Afficher les commentaires");
    // shown by comments.js: without JavaScript it would do nothing
    assertThat(button.hasAttr("hidden")).isTrue();
    assertThat(section.selectFirst("[role=status]")).isNotNull();
    assertThat(section.attr("data-repo")).isEqualTo("newsroom/briefings");
    assertThat(section.attr("data-repo-id")).isEqualTo("R_kgDOabc123");
    assertThat(section.attr("data-category")).isEqualTo("Q&A \"live\" <b>");
    assertThat(section.attr("data-category-id")).isEqualTo("DIC_kwDOabc123");
    assertThat(section.attr("data-reactions-enabled")).isEqualTo("0");
    assertThat(section.attr("data-input-position")).isEqualTo("bottom");
    assertThat(section.attr("data-theme")).isEqualTo("preferred_color_scheme");
    assertThat(section.attr("data-lang")).isEqualTo("fr");
    // the base path is /briefings/; the key leaves it out
    assertThat(section.attr("data-term")).isEqualTo("/2024/11/traite/");
    assertThat(section.attr("data-loading"))
        .isEqualTo("Chargement des commentaires depuis giscus.app…");
    assertThat(fr.select("script[src]"))
        .extracting(e -> e.attr("src"))
        .containsExactly("/briefings/comments.js");

    Document en = page(p, "en/2024/11/treaty/");
    Element english = en.getElementById("comments");
    assertThat(english.selectFirst("h2").text()).isEqualTo("Comments");
    assertThat(english.selectFirst("button").text()).isEqualTo("Show comments");
    assertThat(english.attr("data-lang")).isEqualTo("en");
    assertThat(english.attr("data-term")).isEqualTo("/en/2024/11/treaty/");
  }

  @Test
  void theSettingsAreEscapedInTheAttributes() {
    TestProject p = project(tmp);
    build(p.options());
    String html = p.read("2024/11/traite/index.html");
    assertThat(html).contains("data-category=\"Q&amp;A &quot;live&quot; &lt;b&gt;\"");
    assertThat(Jsoup.parse(html).select("b")).isEmpty();
  }

  @Test
  void nothingInThePageReachesGiscusOrGitHub() {
    TestProject p = project(tmp);
    build(p.options());
    for (String page : List.of("2024/11/traite/", "en/2024/11/treaty/")) {
      Document doc = page(p, page);
      assertThat(doc.select("iframe, object, embed, link[rel~=(?i)preconnect|prefetch|preload]"))
          .as(page)
          .isEmpty();
      for (Element el : doc.getAllElements()) {
        for (Attribute a : el.attributes()) {
          // an address on those hosts (the texts may name them: that loads nothing)
          if (THIRD_PARTY.matcher(a.getValue()).find()) {
            // only a link for readers without JavaScript, which nothing follows unasked
            assertThat(el.tagName()).as("%s in %s", a, page).isEqualTo("a");
            assertThat(el.parents()).extracting(Element::tagName).contains("noscript");
            assertThat(a.getValue())
                .startsWith("https://github.com/newsroom/briefings/discussions?discussions_q=");
          }
        }
      }
      for (Element el : doc.select("[src], link[href]")) {
        String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
        if (!el.tagName().equals("link") || !el.attr("rel").equals("canonical")) {
          assertThat(url).as("%s in %s", el, page).startsWith("/briefings/");
        }
      }
    }
  }

  @Test
  void theScriptSetsEveryGiscusAttributeThroughTheDom() throws IOException {
    TestProject p = project(tmp);
    build(p.options());
    String script =
        Files.readString(p.out().resolve(CommentsSections.SCRIPT), StandardCharsets.UTF_8);
    assertThat(script)
        .contains(
            "\"https://giscus.app\"",
            "/client.js",
            "setAttribute(\"data-mapping\", \"specific\")",
            "setAttribute(\"data-strict\", \"1\")",
            "setAttribute(\"data-emit-metadata\", \"0\")",
            "\"data-term\"",
            "\"data-lang\"",
            "\"data-repo-id\"",
            "\"data-category-id\"")
        .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
  }

  @Test
  void briefingCheckAcceptsTheSectionAndItsScript() {
    TestProject p = project(tmp);
    build(p.options());
    CheckResult result = SiteChecker.forSite(p.dir(), null, 2).check(p.out());
    // the test photos are small: warnings about their size only
    assertThat(result.problems())
        .allSatisfy(pr -> assertThat(pr.toString()).contains("warning: lead image is 40 px wide"));
    // the link for readers without JavaScript is listed like any link out, never fetched
    assertThat(result.externalLinks())
        .extracting(ExternalLink::url)
        .anyMatch(u -> u.startsWith("https://github.com/newsroom/briefings/discussions?"));
  }

  @Test
  void aNewsroomsOwnMacrosFileKeepsTheSection() throws IOException {
    TestProject p = project(tmp);
    try (InputStream in = getClass().getResourceAsStream("theme-0.1.0/macros.ftlh")) {
      p.write("templates/macros.ftlh", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    build(p.options());
    Element section = page(p, "2024/11/traite/").getElementById("comments");
    assertThat(section.attr("data-term")).isEqualTo("/2024/11/traite/");
    assertThat(section.selectFirst("button").text()).isEqualTo("Afficher les commentaires");
  }

  @Test
  void noSectionWhenTheBriefingTurnsItOffOrIsADraft() {
    TestProject p = project(tmp);
    build(p.options().withDrafts(true));
    for (String page : List.of("2024/11/off/", "2024/11/draft/")) {
      Document doc = page(p, page);
      assertThat(doc.select("h1").text()).isNotEmpty();
      assertThat(doc.select("#comments, .comments, script[src]")).as(page).isEmpty();
    }
  }

  @Test
  void noSectionAndNoScriptWithoutCommentsInSiteYaml() {
    TestProject p =
        new TestProject(tmp).briefing("content/fr.md", "Le traité", "2024-11-06", "slug: traite\n");
    build(p.options());
    Document doc = page(p, "2024/11/traite/");
    assertThat(doc.select("#comments, .comments, script[src]")).isEmpty();
    assertThat(doc.text()).doesNotContain("Commentaires");
    assertThat(p.out().resolve(CommentsSections.SCRIPT)).doesNotExist();
    assertThat(p.out().resolve("style.css")).exists();
  }

  @Test
  void anotherBasePathKeepsTheKey() {
    TestProject p = project(tmp);
    build(p.options().withBaseUrl("https://news.example.org/"));
    Element section = page(p, "2024/11/traite/").getElementById("comments");
    assertThat(section.attr("data-term")).isEqualTo("/2024/11/traite/");
    assertThat(page(p, "2024/11/traite/").select("script[src]").attr("src"))
        .isEqualTo("/comments.js");
  }

  @Test
  void changingTheSettingsRendersTheBriefingPagesAgain() {
    TestProject p =
        new TestProject(tmp).briefing("content/fr.md", "Le traité", "2024-11-06", "slug: traite\n");
    DiskCache cache = DiskCache.forProject(p.dir());
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).problems()).isEmpty();
    assertThat(page(p, "2024/11/traite/").getElementById("comments")).isNull();

    p.write("site/site.yaml", TestProject.SITE_YAML + COMMENTS);
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).problems()).isEmpty();
    assertThat(page(p, "2024/11/traite/").getElementById("comments").attr("data-repo-id"))
        .isEqualTo("R_kgDOabc123");
    assertThat(p.out().resolve(CommentsSections.SCRIPT)).exists();

    p.write(
        "site/site.yaml", TestProject.SITE_YAML + COMMENTS.replace("R_kgDOabc123", "R_kgDOother9"));
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).problems()).isEmpty();
    assertThat(page(p, "2024/11/traite/").getElementById("comments").attr("data-repo-id"))
        .isEqualTo("R_kgDOother9");

    p.briefing("content/fr.md", "Le traité", "2024-11-06", "slug: traite\ncomments: false\n");
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).problems()).isEmpty();
    assertThat(page(p, "2024/11/traite/").getElementById("comments")).isNull();

    p.write("site/site.yaml", TestProject.SITE_YAML);
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).problems()).isEmpty();
    assertThat(p.out().resolve(CommentsSections.SCRIPT)).doesNotExist();
  }
}
