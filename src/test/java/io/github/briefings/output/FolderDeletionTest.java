package io.github.briefings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDeletionTest {

  @TempDir Path tmp;

  @Test
  void twoDeletionsOfOneFolderAtOnceBothEndAndLeaveNothing() throws Exception {
    Path gone = tmp.resolve(".site.gone-1");
    for (int d = 0; d < 40; d++) {
      Path folder = Files.createDirectories(gone.resolve("2024/" + d));
      for (int f = 0; f < 50; f++) {
        Files.writeString(folder.resolve("p" + f + ".html"), "page " + f);
      }
    }
    FolderDeletion first = FolderDeletion.start(gone);
    FolderDeletion second = FolderDeletion.start(gone);
    assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(gone).doesNotExist();
    assertThat(tmp).isEmptyDirectory();
  }

  @Test
  void aFolderAlreadyGoneIsNoError() throws Exception {
    FolderDeletion.deleteTolerant(tmp.resolve("never-made"));
    assertThat(FolderDeletion.none().await(1, TimeUnit.SECONDS)).isTrue();
  }
}
