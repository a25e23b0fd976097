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
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's long-lived cache after edits to briefings only: an edit that leaves a briefing
 * where it is filed patches the last output (only the edited file is read, only the pages and feeds
 * showing it are written); any other edit takes a full build. Either way the output is byte for
 * byte what a build from nothing writes.
 */
class PatchedRebuildTest {

  private static final String PATCHED = "load the edited briefings";
  private static final String FULL = "load and check briefings";

  @TempDir Path tmp;

  private TestProject project() {
    TestProject p = BuildCacheTest.project(tmp);
    p.briefing("content/2024/b6.md", "Briefing 6", "2024-11-06T10:00:00Z", "");
    return p;
  }

  /** A preview-like session: one cache kept across builds, told what changed before each. */
  private static final class Session {
    final TestProject project;
    final PreviewCache cache;

    Session(TestProject project) {
      this.project = project;
      this.cache = PreviewCache.forProject(project.dir());
    }

    BuildResult build(Path... changed) {
      cache.sourcesChanged(changed.length == 0 ? null : Set.of(changed));
      return Briefings.build(project.options(), cache, BuildListener.NONE);
    }
  }

  private Map<String, String> coldBuildOf(TestProject p) {
    return BuildCacheTest.coldBuildOf(p, tmp);
  }

  private static boolean patched(BuildResult r) {
    return r.phases().stream().anyMatch(p -> p.name().equals(PATCHED));
  }

  private static boolean full(BuildResult r) {
    return r.phases().stream().anyMatch(p -> p.name().equals(FULL));
  }

  private static Path edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  @Test
  void aRetitledBriefingPatchesOnlyWhatShowsItAndMatchesAColdBuild() throws IOException {
    TestProject p = project();
    Session s = new Session(p);
    BuildResult first = s.build();
    assertThat(first.succeeded()).as("%s", first.problems()).isTrue();
    Path unrelated = p.out().resolve("2024/11/with-inline/index.html");
    long untouched = Files.getLastModifiedTime(unrelated).toMillis();
    Path b2 = p.dir().resolve("content/2024/b2.md");
    edit(b2, "Briefing 2", "Briefing two, retitled");
    edit(b2, "Body of the briefing.", "A body written again.");

    BuildResult second = s.build(b2);

    assertThat(second.succeeded()).as("%s", second.problems()).isTrue();
    assertThat(patched(second)).as("%s", second.phases()).isTrue();
    assertThat(second.written()).isBetween(3, 20);
    assertThat(second.pages()).isEqualTo(first.pages());
    assertThat(p.read("2024/11/b2/index.html"))
        .contains("Briefing two, retitled")
        .contains("A body written again.");
    assertThat(p.read("page/3/index.html")).contains("Briefing two, retitled");
    assertThat(p.read("credits/index.html")).contains("Briefing two, retitled");
    assertThat(p.read("feed.xml")).contains("Briefing two, retitled");
    assertThat(p.read("countries/kp/page/3/index.html")).contains("Briefing two, retitled");
    assertThat(Files.getLastModifiedTime(unrelated).toMillis())
        .as("a page not showing it")
        .isEqualTo(untouched);
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aPatchListsTheSpareItKeptForTheNextOneAndAFullBuildForgetsThatListing() throws IOException {
    TestProject p = project();
    Session s = new Session(p);
    assertThat(s.build().succeeded()).isTrue();
    Path b2 = p.dir().resolve("content/2024/b2.md");
    assertThat(patched(s.build(edit(b2, "Briefing 2", "Briefing two")))).isTrue();
    Files.writeString(p.out().resolve("by-hand.html"), "put there by hand");
    assertThat(patched(s.build(edit(b2, "Briefing two", "Briefing 2, again")))).isTrue();

    // the output with that file is now the spare, listed as it was kept: the next patch deletes it
    assertThat(patched(s.build(edit(b2, "Briefing 2, again", "Briefing 2, once more")))).isTrue();
    assertThat(p.out().resolve("by-hand.html")).doesNotExist();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));

    assertThat(s.cache.takeSpareListing()).as("listed after a patch").isNotNull();
    assertThat(s.build(edit(b2, "Briefing 2, once more", "Briefing 2")).succeeded()).isTrue();
    assertThat(patched(s.build())).isFalse();
    assertThat(s.cache.takeSpareListing()).as("after a full build").isNull();
  }

  @Test
  void anEditMadeAfterABriefingExpiredTakesAFullBuildThatTakesItDown() throws IOException {
    TestProject p = project();
    p.briefing(
        "content/2024/rights.md",
        "Rights",
        "2024-11-06T10:00:00Z",
        "expires: 2024-12-02T00:00:00Z\n");
    PreviewCache cache = PreviewCache.forProject(p.dir());
    // a preview's options: future briefings shown, so the clock is not part of what the build is
    // made of
    BuildResult first = Briefings.build(p.options().withFuture(true), cache, BuildListener.NONE);
    assertThat(first.succeeded()).as("%s", first.problems()).isTrue();
    assertThat(p.out().resolve("2024/11/rights/index.html")).exists();
    Path b2 = edit(p.dir().resolve("content/2024/b2.md"), "Briefing 2", "Briefing two, retitled");
    cache.sourcesChanged(Set.of(b2));

    BuildResult later =
        Briefings.build(
            p.options().withFuture(true).withNow(Instant.parse("2024-12-03T00:00:00Z")),
            cache,
            BuildListener.NONE);

    assertThat(full(later)).as("%s", later.phases()).isTrue();
    assertThat(later.schedule().expired()).isEqualTo(1);
    assertThat(p.out().resolve("2024/11/rights")).doesNotExist();
    assertThat(p.read("2024/11/b2/index.html")).contains("Briefing two, retitled");
  }

  @Test
  void editsOneAfterAnotherStayPatchedAndWhatTheSessionSavesIsComplete() throws IOException {
    TestProject p = project();
    Session s = new Session(p);
    assertThat(s.build().succeeded()).isTrue();
    Path inline = p.dir().resolve("content/2024/with-inline.md");
    assertThat(patched(s.build(edit(inline, "Before the photo.", "Just before the photo."))))
        .isTrue();
    Path b5 = p.dir().resolve("content/2024/b5.md");
    assertThat(patched(s.build(edit(b5, "A short standfirst.", "Another standfirst.")))).isTrue();
    assertThat(patched(s.build(edit(inline, "Just before", "Right before")))).isTrue();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
    s.cache.flush();

    // a later build with a cache read from disk (as `briefing:build` after the preview) has nothing
    // to do
    BuildResult next =
        Briefings.build(p.options(), DiskCache.forProject(p.dir()), BuildListener.NONE);

    assertThat(next.succeeded()).isTrue();
    assertThat(next.written()).isZero();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void anEditThatRefilesABriefingTakesAFullBuild() throws IOException {
    TestProject p = project();
    Session s = new Session(p);
    assertThat(s.build().succeeded()).isTrue();
    Path b3 = p.dir().resolve("content/2024/b3.md");

    BuildResult redated = s.build(edit(b3, "2024-11-03T10:00:00Z", "2024-11-09T10:00:00Z"));
    assertThat(full(redated)).isTrue();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));

    BuildResult refiled = s.build(edit(b3, "topics: [defence]", "topics: [diplomacy]"));
    assertThat(full(refiled)).isTrue();
    assertThat(p.read("topics/diplomacy/index.html")).contains("Briefing 3");
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));

    BuildResult recaptioned =
        s.build(edit(b3, "The building, in November.", "The building, at night."));
    assertThat(full(recaptioned)).as("the credits pages group photos by caption").isTrue();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aNewOrDeletedBriefingOrAnotherFileTakesAFullBuild() throws IOException {
    TestProject p = project();
    Session s = new Session(p);
    assertThat(s.build().succeeded()).isTrue();

    p.briefing("content/2024/b7.md", "Briefing 7", "2024-11-07T10:00:00Z", "");
    BuildResult added = s.build(p.dir().resolve("content/2024/b7.md"));
    assertThat(full(added)).isTrue();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));

    Path b1 = p.dir().resolve("content/2024/b1.md");
    Files.delete(b1);
    BuildResult deleted = s.build(b1);
    assertThat(full(deleted)).isTrue();
    assertThat(p.out().resolve("2024/11/b1")).doesNotExist();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));

    Path sidecar = p.dir().resolve("content/images/inline.jpg.yaml");
    Path b2 = p.dir().resolve("content/2024/b2.md");
    edit(sidecar, "A caption from the sidecar.", "Another caption.");
    BuildResult withPhoto = s.build(sidecar, edit(b2, "Briefing 2", "Briefing 2 again"));
    assertThat(full(withPhoto)).isTrue();
    assertThat(p.read("2024/11/with-inline/index.html")).contains("Another caption.");
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aFailedEditLeavesTheOutputAndTheBuildAfterItIsFull() throws IOException {
    TestProject p = project();
    Session s = new Session(p);
    assertThat(s.build().succeeded()).isTrue();
    Map<String, String> before = hashes(p.out());
    Path b4 = p.dir().resolve("content/2024/b4.md");
    Path b6 = p.dir().resolve("content/2024/b6.md");

    BuildResult broken =
        s.build(
            edit(b4, "title: \"Briefing 4\"", "title: [unclosed"),
            edit(b6, "Briefing 6", "Briefing six"));
    assertThat(broken.succeeded()).isFalse();
    assertThat(broken.problems())
        .anySatisfy(pr -> assertThat(pr.path()).isEqualTo("content/2024/b4.md"));
    assertThat(hashes(p.out())).isEqualTo(before);

    // only b4 is fixed: b6's edit, made during the failed build, must still show
    BuildResult fixed = s.build(edit(b4, "title: [unclosed", "title: \"Briefing 4, fixed\""));
    assertThat(fixed.succeeded()).as("%s", fixed.problems()).isTrue();
    assertThat(full(fixed)).isTrue();
    assertThat(p.read("index.html")).contains("Briefing six");
    assertThat(p.read("page/2/index.html")).contains("Briefing 4, fixed");
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }

  @Test
  void aBuildForOneRunNeverPatches() throws IOException {
    TestProject p = project();
    DiskCache once = DiskCache.forProject(p.dir());
    assertThat(Briefings.build(p.options(), once, BuildListener.NONE).succeeded()).isTrue();
    // a cache for one run is never told what changed: it has no way to be
    edit(p.dir().resolve("content/2024/b2.md"), "Briefing 2", "Briefing two");
    DiskCache next = DiskCache.forProject(p.dir());

    BuildResult second = Briefings.build(p.options(), next, BuildListener.NONE);

    assertThat(full(second)).isTrue();
    assertThat(hashes(p.out())).isEqualTo(coldBuildOf(p));
  }
}
