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
}
