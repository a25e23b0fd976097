package io.github.briefings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingDirectoryTest {

  @TempDir Path tmp;

  @Test
  void commitReplacesTheOutputAndAbandonLeavesIt() throws Exception {
    Path out = tmp.resolve("target/site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.html"), "old");

    StagingDirectory failed = StagingDirectory.beside(out);
    Files.writeString(failed.path().resolve("new.html"), "new");
    failed.abandon();
    assertThat(Files.readString(out.resolve("old.html"))).isEqualTo("old");

    StagingDirectory ok = StagingDirectory.beside(out);
    Files.writeString(ok.path().resolve("new.html"), "new");
    assertThat(ok.commit().await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(out.resolve("old.html"))).isFalse();
    assertThat(Files.readString(out.resolve("new.html"))).isEqualTo("new");
    try (Stream<Path> left = Files.list(tmp.resolve("target"))) {
      assertThat(left).containsExactly(out);
    }
  }

  @Test
  void aBuildKilledBetweenTheTwoRenamesGetsThePreviousSiteBackNeverAHalfDeletedOne()
      throws Exception {
    Path target = tmp.resolve("target");
    // a site an earlier build was deleting, stopped half way, is never taken for the site
    put(target.resolve(".site.gone-1/2024/left.html"), "half deleted");
    put(target.resolve(".site.old-123/index.html"), "the previous site");
    put(target.resolve(".site.new-456/2024/half.html"), "half written");

    StagingDirectory next = StagingDirectory.beside(target.resolve("site"));
    assertThat(Files.readString(target.resolve("site/index.html"))).isEqualTo("the previous site");
    next.abandon();
    awaitOnly(target, target.resolve("site"));
  }

  @Test
  void staleStagingFoldersAreRemovedByTheNextBuild() throws Exception {
    Path out = tmp.resolve("target/site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "current");
    for (String stale :
        new String[] {".site.new-1", ".site.new-2", ".site.old-3", ".site.gone-4"}) {
      Files.createDirectories(tmp.resolve("target").resolve(stale).resolve("a/b"));
      Files.writeString(tmp.resolve("target").resolve(stale).resolve("a/b/x.html"), "x");
    }
    Files.createDirectories(tmp.resolve("target/.other.new-1"));

    StagingDirectory next = StagingDirectory.beside(out);
    awaitOnly(tmp.resolve("target"), out, next.path(), tmp.resolve("target/.other.new-1"));
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("current");
    next.commit();
  }

  @Test
  void theSwappedOutSiteIsOnlyEverBesideTheNewOneUnderTheGoneNameThenNothingIsLeft()
      throws Exception {
    Path target = tmp.resolve("target");
    Path out = target.resolve("site");
    Files.createDirectories(out.resolve("2024/a"));
    for (int i = 0; i < 2000; i++) {
      Files.writeString(out.resolve("2024/a/p" + i + ".html"), "old " + i);
    }
    StagingDirectory ok = StagingDirectory.beside(out);
    Files.writeString(ok.path().resolve("index.html"), "new");
    FolderDeletion deletion = ok.commit();
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
    try (Stream<Path> left = Files.list(target)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .allMatch(name -> name.equals("site") || name.startsWith(".site.gone-"));
    }
    assertThat(deletion.await(30, TimeUnit.SECONDS)).isTrue();
    try (Stream<Path> left = Files.list(target)) {
      assertThat(left).containsExactly(out);
    }
  }

  @Test
  void foldersToDeleteAreRenamedGoneOnceAndOnlyWhenTheRenameCanBeDone() throws Exception {
    Path target = tmp.resolve("target");
    put(target.resolve(".site.new-search-7/x.html"), "a search document");
    put(target.resolve(".site.gone-4/y.html"), "being deleted");
    put(target.resolve(".site.gone-8/z.html"), "in the way");
    put(target.resolve(".site.old-8/index.html"), "swapped out");

    assertThat(StagingDirectory.renamedForDeletion(target.resolve(".site.new-search-7")))
        .isEqualTo(target.resolve(".site.gone-7"))
        .isDirectory();
    assertThat(StagingDirectory.renamedForDeletion(target.resolve(".site.gone-4")))
        .isEqualTo(target.resolve(".site.gone-4"));
    // the name it would take is in use: it keeps its own, and is deleted under it
    assertThat(StagingDirectory.renamedForDeletion(target.resolve(".site.old-8")))
        .isEqualTo(target.resolve(".site.old-8"));
    assertThat(Files.readString(target.resolve(".site.gone-8/z.html"))).isEqualTo("in the way");
  }

  /** Writes {@code text} to {@code file}, making its folders. */
  private static void put(Path file, String text) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Waits (at most 30 s) until {@code dir} holds exactly {@code expected}. */
  private static void awaitOnly(Path dir, Path... expected) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Stream<Path> left = Files.list(dir)) {
        java.util.List<Path> now = left.toList();
        if (System.nanoTime() > end
            || (now.size() == expected.length && now.containsAll(java.util.List.of(expected)))) {
          assertThat(now).containsExactlyInAnyOrder(expected);
          return;
        }
      }
      Thread.sleep(20);
    }
  }
}
