package io.github.briefings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    ok.commit();
    assertThat(Files.exists(out.resolve("old.html"))).isFalse();
    assertThat(Files.readString(out.resolve("new.html"))).isEqualTo("new");
    try (Stream<Path> left = Files.list(tmp.resolve("target"))) {
      assertThat(left).containsExactly(out);
    }
  }

  @Test
  void aBuildKilledBetweenTheTwoRenamesGetsThePreviousSiteBack() throws Exception {
    Path target = tmp.resolve("target");
    Path aside = target.resolve(".site.old-123");
    Files.createDirectories(aside);
    Files.writeString(aside.resolve("index.html"), "the previous site");
    Path half = target.resolve(".site.new-456");
    Files.createDirectories(half.resolve("2024"));
    Files.writeString(half.resolve("2024/half.html"), "half written");

    StagingDirectory next = StagingDirectory.beside(target.resolve("site"));
    assertThat(Files.readString(target.resolve("site/index.html"))).isEqualTo("the previous site");
    next.abandon();
    try (Stream<Path> left = Files.list(target)) {
      assertThat(left).containsExactly(target.resolve("site"));
    }
  }

  @Test
  void staleStagingFoldersAreRemovedByTheNextBuild() throws Exception {
    Path out = tmp.resolve("target/site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "current");
    for (String stale : new String[] {".site.new-1", ".site.new-2", ".site.old-3"}) {
      Files.createDirectories(tmp.resolve("target").resolve(stale).resolve("a/b"));
      Files.writeString(tmp.resolve("target").resolve(stale).resolve("a/b/x.html"), "x");
    }
    Files.createDirectories(tmp.resolve("target/.other.new-1"));

    StagingDirectory next = StagingDirectory.beside(out);
    try (Stream<Path> left = Files.list(tmp.resolve("target"))) {
      assertThat(left)
          .containsExactlyInAnyOrder(out, next.path(), tmp.resolve("target/.other.new-1"));
    }
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("current");
    next.commit();
  }
}
