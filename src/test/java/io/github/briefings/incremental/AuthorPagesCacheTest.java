package io.github.briefings.incremental;

import static io.github.briefings.TestProject.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Author pages in incremental builds and the preview's patches: an edited byline or author setting
 * re-renders the right author pages, and the output is always what a build from nothing writes.
 */
class AuthorPagesCacheTest {

  @TempDir Path tmp;

  private static Path edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  private static BuildResult build(TestProject p) {
    return Briefings.build(p.options(), DiskCache.forProject(p.dir()), BuildListener.NONE);
  }

  @Test
  void anEditedBylineMovesTheBriefingToItsNewAuthorsPages() throws IOException {
    TestProject p = BuildCacheTest.project(tmp);
    assertThat(build(p).succeeded()).isTrue();
    assertThat(p.out().resolve("authors/anna-novak")).doesNotExist();

    edit(p.dir().resolve("content/2024/b3.md"), "author: Jean Dupont", "author: Anna Novák");
    BuildResult second = build(p);

    assertThat(second.succeeded()).as("%s", second.problems()).isTrue();
    assertThat(p.read("authors/anna-novak/index.html")).contains("Briefing 3");
    assertThat(p.read("authors/anna-novak/feed.xml")).contains("Briefing 3");
    assertThat(p.read("authors/index.html")).contains("Anna Novák");
    assertThat(p.read("2024/11/b3/index.html")).contains("/briefings/authors/anna-novak/");
    assertThat(hashes(p.out())).isEqualTo(BuildCacheTest.coldBuildOf(p, tmp));
  }

  @Test
  void anEditedAuthorSettingRendersTheirPagesAgain() throws IOException {
    TestProject p = BuildCacheTest.project(tmp);
    p.write(
        "site/site.yaml",
        TestProject.SITE_YAML + "authors:\n  jean-dupont:\n    role: \"Reporter\"\n");
    assertThat(build(p).succeeded()).isTrue();
    assertThat(p.read("authors/jean-dupont/index.html")).contains("Reporter");

    edit(p.dir().resolve("site/site.yaml"), "\"Reporter\"", "\"Chief reporter\"");
    BuildResult second = build(p);

    assertThat(second.succeeded()).as("%s", second.problems()).isTrue();
    assertThat(p.read("authors/jean-dupont/index.html")).contains("Chief reporter");
    assertThat(hashes(p.out())).isEqualTo(BuildCacheTest.coldBuildOf(p, tmp));
  }

  @Test
  void thePreviewPatchesAuthorPagesAfterARetitleAndRebuildsAfterABylineEdit() throws IOException {
    TestProject p = BuildCacheTest.project(tmp);
    PreviewCache cache = PreviewCache.forProject(p.dir());
    cache.sourcesChanged(null);
    assertThat(Briefings.build(p.options(), cache, BuildListener.NONE).succeeded()).isTrue();

    Path b2 = edit(p.dir().resolve("content/2024/b2.md"), "Briefing 2", "Briefing two, retitled");
    cache.sourcesChanged(Set.of(b2));
    BuildResult patched = Briefings.build(p.options(), cache, BuildListener.NONE);

    assertThat(patched.phases()).anyMatch(ph -> ph.name().equals("load the edited briefings"));
    assertThat(p.read("authors/jean-dupont/page/3/index.html")).contains("Briefing two, retitled");
    assertThat(p.read("authors/jean-dupont/feed.xml")).contains("Briefing two, retitled");
    assertThat(hashes(p.out())).isEqualTo(BuildCacheTest.coldBuildOf(p, tmp));

    edit(b2, "author: Jean Dupont", "author: [Jean Dupont, Léa Martin]");
    cache.sourcesChanged(Set.of(b2));
    BuildResult full = Briefings.build(p.options(), cache, BuildListener.NONE);

    assertThat(full.succeeded()).as("%s", full.problems()).isTrue();
    assertThat(full.phases()).noneMatch(ph -> ph.name().equals("load the edited briefings"));
    assertThat(p.read("authors/lea-martin/index.html")).contains("Briefing two, retitled");
    assertThat(hashes(p.out())).isEqualTo(BuildCacheTest.coldBuildOf(p, tmp));
  }

  @Test
  void thePreviewStillShowsTheAuthorWarningsAfterAPatch() throws IOException {
    TestProject p = BuildCacheTest.project(tmp);
    edit(p.dir().resolve("content/2024/b5.md"), "author: Jean Dupont", "author: JEAN DUPONT");
    PreviewCache cache = PreviewCache.forProject(p.dir());
    cache.sourcesChanged(null);
    BuildResult first = Briefings.build(p.options(), cache, BuildListener.NONE);
    assertThat(first.problems()).anyMatch(pr -> pr.message().contains("written in 2 ways"));

    Path b2 = edit(p.dir().resolve("content/2024/b2.md"), "Briefing 2", "Briefing two");
    cache.sourcesChanged(Set.of(b2));
    BuildResult patched = Briefings.build(p.options(), cache, BuildListener.NONE);

    assertThat(patched.phases()).anyMatch(ph -> ph.name().equals("load the edited briefings"));
    assertThat(patched.problems()).isEqualTo(first.problems());
  }
}
