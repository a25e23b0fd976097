package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.build.BuildResult;
import io.github.briefings.photos.PhotoVariants;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingsTest {

  @TempDir Path tmp;

  @Test
  void buildsHomeBriefingPagesAnd404UnderTheBasePath() {
    TestProject p =
        new TestProject(tmp)
            .briefing(
                "content/2024/2024-11-06-russie-traite.md",
                "La Russie ratifie",
                "2024-11-06T18:00:00+01:00",
                "")
            .briefing("content/2024/other.md", "Second", "2024-11-07", "lang: en\n");
    BuildResult result = Briefings.build(p.options());

    assertThat(result.problems()).isEmpty();
    assertThat(result.briefings()).isEqualTo(2);
    Document page = Jsoup.parse(p.read("2024/11/russie-traite/index.html"));
    assertThat(page.selectFirst("h1").text()).isEqualTo("La Russie ratifie");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    Element figure = page.selectFirst("figure");
    assertThat(figure.selectFirst("img").attr("src"))
        .matches("/briefings/media/images/lead\\.40\\.[0-9a-f]{10}\\.jpg");
    assertThat(figure.selectFirst("img").attr("width")).isEqualTo("40");
    assertThat(figure.selectFirst("img").attr("height")).isEqualTo("30");
    assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("A grey building");
    assertThat(figure.selectFirst("figcaption .credit").text())
        .isEqualTo("Illustration : Briefings");
    assertThat(page.text()).contains("6 novembre 2024");

    Document en = Jsoup.parse(p.read("en/2024/11/other/index.html"));
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(Files.exists(p.out().resolve("index.html"))).isTrue();
    assertThat(Files.exists(p.out().resolve("en/index.html"))).isTrue();
    assertThat(Files.exists(p.out().resolve("404.html"))).isTrue();
    assertThat(Files.exists(p.out().resolve("media/images/lead.jpg"))).isTrue();
    assertThat(Files.exists(p.out().resolve("style.css"))).isTrue();

    for (String html :
        new String[] {"index.html", "404.html", "2024/11/russie-traite/index.html"}) {
      Document d = Jsoup.parse(p.read(html));
      for (Element a : d.select("a[href], link[href], img[src]")) {
        String url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
        if (url.startsWith("/")) {
          assertThat(url).as("link in %s", html).startsWith("/briefings/");
        }
      }
    }
  }

  @Test
  void paginatesNewestFirst() {
    TestProject p = new TestProject(tmp);
    for (int day = 1; day <= 5; day++) {
      p.briefing(
          "content/b" + day + ".md", "Briefing " + day, "2024-11-0" + day + "T10:00:00Z", "");
    }
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Document first = Jsoup.parse(p.read("index.html"));
    assertThat(first.select("main .cards h2").eachText())
        .containsExactly("Briefing 5", "Briefing 4");
    Document third = Jsoup.parse(p.read("page/3/index.html"));
    assertThat(third.select("main .cards h2").eachText()).containsExactly("Briefing 1");
    assertThat(first.select("a[href=/briefings/page/2/]")).isNotEmpty();
    assertThat(third.select("a[href=/briefings/page/2/]")).isNotEmpty();
    assertThat(Files.exists(p.out().resolve("page/4"))).isFalse();
    assertThat(Files.exists(p.out().resolve("page/1"))).isFalse();
  }

  @Test
  void holdsBackDraftsAndEmbargoedBriefingsUnlessAsked() {
    TestProject p =
        new TestProject(tmp)
            .briefing("content/draft.md", "Draft", "2024-11-06", "draft: true\n")
            .briefing("content/later.md", "Later", "2025-01-06", "")
            .briefing("content/now.md", "Now", "2024-11-06", "");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isTrue();
    assertThat(result.held()).isEqualTo(2);
    assertThat(Files.exists(p.out().resolve("2024/11/draft"))).isFalse();
    assertThat(Files.exists(p.out().resolve("2025/01/later"))).isFalse();
    assertThat(p.read("index.html")).doesNotContain("Draft").doesNotContain("Later");

    BuildResult all = Briefings.build(p.options().withDrafts(true).withFuture(true));
    assertThat(all.briefings()).isEqualTo(3);
    assertThat(Files.exists(p.out().resolve("2024/11/draft/index.html"))).isTrue();
    assertThat(Files.exists(p.out().resolve("2025/01/later/index.html"))).isTrue();
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    TestProject p =
        new TestProject(tmp)
            .briefing("content/a.md", "A", "2024-11-06", "")
            .briefing("content/b.md", "B", "2024-11-07", "lang: en\n");
    Briefings.build(p.options());
    Map<String, String> first = TestProject.hashes(p.out());
    Briefings.build(p.options().withThreads(1));
    assertThat(TestProject.hashes(p.out())).isEqualTo(first);
  }

  @Test
  void failedBuildLeavesThePreviousOutputUntouchedAndReportsEveryError() throws IOException {
    TestProject p = new TestProject(tmp).briefing("content/a.md", "A", "2024-11-06", "");
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Map<String, String> before = TestProject.hashes(p.out());

    p.write("content/bad.md", "---\ntitle: Bad\n---\nbody\n");
    p.write("content/worse.md", "no front matter\n");
    BuildResult failed = Briefings.build(p.options());
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.problems())
        .extracting(Problem::toString)
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith("content/bad.md:1: error: missing required field 'summary'"))
        .anySatisfy(
            s -> assertThat(s).startsWith("content/worse.md:1:1: error: missing front matter"));
    assertThat(TestProject.hashes(p.out())).isEqualTo(before);
    try (Stream<Path> left = Files.list(p.out().getParent())) {
      // the image cache of the successful build stays; no staging folder is left behind
      assertThat(left.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("briefing-site", "briefing-cache");
    }
  }

  @Test
  void aTitleInCurlyQuotesIsAWarningAndTheBuildGoesOn() throws IOException {
    TestProject p = new TestProject(tmp).briefing("content/a.md", "A", "2024-11-06", "");
    edit("content/a.md", "title: \"A\"", "title: “Grève des dockers”");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isTrue();
    assertThat(result.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "content/a.md:2:8: warning: 'title' is in curly quotes: use straight quotes \"…\" around a value; "
                + "the curly ones are published as text");
    assertThat(Jsoup.parse(p.read("2024/11/a/index.html")).selectFirst("h1").text())
        .isEqualTo("“Grève des dockers”");
  }

  @Test
  void impossibleDatesTabsAndColonsInCurlyQuotesFailTheBuildAndLeaveThePreviousSite()
      throws IOException {
    TestProject p = new TestProject(tmp).briefing("content/a.md", "A", "2024-11-06", "");
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Map<String, String> before = TestProject.hashes(p.out());

    p.briefing("content/date.md", "Date", "2024-11-31", "");
    p.briefing("content/tab.md", "Tab", "2024-11-06", "");
    edit("content/tab.md", "  src: images/lead.jpg", "\tsrc: images/lead.jpg");
    p.briefing("content/colon.md", "Colon", "2024-11-06", "");
    edit("content/colon.md", "title: \"Colon\"", "title: “Paris: la grève”");
    BuildResult failed = Briefings.build(p.options());
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "content/colon.md:2:8: error: the ':' inside curly quotes breaks this line of front matter: YAML "
                + "does not take “…” for quotes; put the value in straight quotes \"…\"",
            "content/date.md:4:7: error: the date '2024-11-31' in 'date' does not exist: November 2024 has 30 days",
            "content/tab.md:9:1: error: tab used for indentation in front matter: indent with spaces, not tabs");
    assertThat(TestProject.hashes(p.out())).isEqualTo(before);
  }

  private void edit(String path, String from, String to) throws IOException {
    Path file = tmp.resolve(path);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void staleFilesAreRemovedBySuccessfulBuild() throws IOException {
    TestProject p = new TestProject(tmp).briefing("content/a.md", "A", "2024-11-06", "");
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Files.delete(tmp.resolve("content/a.md"));
    p.briefing("content/renamed.md", "A", "2024-11-06", "");
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    assertThat(Files.exists(p.out().resolve("2024/11/a"))).isFalse();
    assertThat(Files.exists(p.out().resolve("2024/11/renamed/index.html"))).isTrue();
  }

  @Test
  void twoBriefingsWithTheSameUrlNameEachOther() {
    TestProject p =
        new TestProject(tmp)
            .briefing("content/2024/x.md", "One", "2024-11-06", "")
            .briefing("content/other/x.md", "Two", "2024-11-20", "");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "content/2024/x.md:1:1: error: two briefings have the same URL /2024/11/x/: this one and "
                + "content/other/x.md; give one of them another 'slug:' or file name",
            "content/other/x.md:1:1: error: two briefings have the same URL /2024/11/x/: this one and "
                + "content/2024/x.md; give one of them another 'slug:' or file name");
  }

  @Test
  void hostileStringsComeOutEscapedAndUnevaluated() {
    TestProject p = new TestProject(tmp);
    p.image("content/images/lead.jpg", 10, 10);
    p.write(
        "content/x.md",
        """
                ---
                title: "<script>alert(1)</script> ${7*7} {{ .Title }}"
                summary: "\\"><img src=x onerror=alert(2)>"
                date: 2024-11-06
                author: "<b>Eve</b>"
                countries: [RU]
                topics: [defence]
                photo:
                  src: images/lead.jpg
                  alt: "\\" onload=\\"alert(3)"
                  credit: "<i>x</i>"
                ---
                Text <script>alert(4)</script> and [link](javascript:alert(5)) and ${7*7}.

                <p onclick="alert(6)">x</p>
                """);
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).as(result.problems().toString()).isTrue();
    assertThat(result.problems())
        .extracting(Problem::toString)
        .anySatisfy(s -> assertThat(s).startsWith("content/x.md:13:").contains("<script>"))
        .anySatisfy(s -> assertThat(s).startsWith("content/x.md:13:").contains("javascript:"))
        .anySatisfy(s -> assertThat(s).startsWith("content/x.md:15:").contains("onclick"));
    String html = p.read("2024/11/x/index.html");
    Document doc = Jsoup.parse(html);
    // the only script is the JSON-LD data block, whose values cannot close it
    assertThat(doc.select("script"))
        .singleElement()
        .satisfies(e -> assertThat(e.attr("type")).isEqualTo("application/ld+json"))
        .satisfies(
            e ->
                assertThat(e.data()).contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"));
    assertThat(doc.select("[onerror], [onload], [onclick]")).isEmpty();
    assertThat(doc.select("a[href^=javascript]")).isEmpty();
    assertThat(doc.selectFirst("h1").text())
        .isEqualTo("<script>alert(1)</script> ${7*7} {{ .Title }}");
    assertThat(html).doesNotContain("49");
    assertThat(doc.selectFirst("figure img").attr("alt")).isEqualTo("\" onload=\"alert(3)");
  }

  @Test
  void aBrokenOverrideTemplateIsReportedWithItsNameAndLine() {
    TestProject p = new TestProject(tmp).briefing("content/a.md", "A", "2024-11-06", "");
    p.write("templates/briefing.ftlh", "<html>\n<p>${briefing.nosuchfield}</p>\n</html>\n");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::toString)
        .anySatisfy(
            s -> assertThat(s).startsWith("templates/briefing.ftlh:2:").contains("nosuchfield"));
    assertThat(Files.exists(p.out())).isFalse();
  }

  @Test
  void aBuildThatFailsAtItsPagesHasFinishedResizingItsPhotosWhenItReturns() throws IOException {
    // the photos are resized beside the pages: a failed build must not leave that work running
    TestProject p =
        new TestProject(tmp)
            .briefing("content/a.md", "A", "2024-11-06", "")
            .image("content/images/lead.jpg", 4000, 3000);
    p.write("templates/briefing.ftlh", "<html>\n<p>${briefing.nosuchfield}</p>\n</html>\n");
    assertThat(Briefings.build(p.options()).succeeded()).isFalse();
    Map<String, String> cachedAfterFailure = TestProject.hashes(PhotoVariants.cacheDirOf(tmp));
    try (Stream<Path> left = Files.list(tmp.resolve("target"))) {
      // and no staging folder is left behind
      assertThat(left.map(f -> f.getFileName().toString())).containsExactly("briefing-cache");
    }

    Files.delete(tmp.resolve("templates/briefing.ftlh"));
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    assertThat(cachedAfterFailure)
        .hasSizeGreaterThan(2)
        .isEqualTo(TestProject.hashes(PhotoVariants.cacheDirOf(tmp)));
  }

  @Test
  void siteStaticFilesAreCopiedAndWinOverTheTheme() {
    TestProject p =
        new TestProject(tmp)
            .briefing("content/a.md", "A", "2024-11-06", "")
            .write("site/static/CNAME", "news.example.org\n")
            .write("site/static/.well-known/security.txt", "Contact: x\n")
            .write("site/static/style.css", "body{}\n");
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    assertThat(p.read("CNAME")).isEqualTo("news.example.org\n");
    assertThat(p.read(".well-known/security.txt")).isEqualTo("Contact: x\n");
    assertThat(p.read("style.css")).isEqualTo("body{}\n");
  }

  @Test
  void baseUrlOverrideChangesEveryLink() {
    TestProject p = new TestProject(tmp).briefing("content/a.md", "A", "2024-11-06", "");
    assertThat(Briefings.build(p.options().withBaseUrl("https://org.github.io/repo")).succeeded())
        .isTrue();
    Document home = Jsoup.parse(p.read("index.html"));
    assertThat(home.select("a[href*=/2024/11/a/]").first().attr("href"))
        .isEqualTo("/repo/2024/11/a/");
    for (String html :
        new String[] {
          "index.html", "404.html", "2024/11/a/index.html", "countries/ru/index.html"
        }) {
      Document d = Jsoup.parse(p.read(html));
      for (Element e : d.select("a[href], link[href], img[src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (url.startsWith("/")) {
          assertThat(url).as("link in %s", html).startsWith("/repo/");
        } else if (url.startsWith("http")) {
          assertThat(url).as("absolute link in %s", html).doesNotContain("/briefings/");
        }
      }
    }
  }
}
