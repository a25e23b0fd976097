package io.github.briefings.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a build killed part way leaves beside an output: staging folders ({@code .NAME.new-*}),
 * folders it was deleting ({@code .NAME.gone-*}: a swapped-out site, whose deletion a JVM that
 * ended stopped) and, if it died between the two renames of a swap, the previous site moved aside
 * ({@code .NAME.old-*}) with no output in its place, and a {@link SpareSite spare} whose list it
 * had deleted. The next build puts that site back and deletes the rest on threads of their own
 * ({@link FolderDeletion}), unless another build of the same output holds its lock (then both are
 * left alone).
 */
final class StaleFolders {

  private StaleFolders() {}

  /**
   * Restores a site moved aside by a killed swap, then deletes stale folders beside {@code out}.
   */
  static void recover(Path out) throws IOException {
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    Path lockFile = parent.resolve("." + name + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        return; // another build of this output is under way
      }
      List<Path> stale = new ArrayList<>();
      try (DirectoryStream<Path> siblings =
          Files.newDirectoryStream(parent, "." + name + ".{new,old,gone}-*")) {
        siblings.forEach(stale::add);
      }
      for (Path old : stale) {
        if (!Files.exists(out) && old.getFileName().toString().startsWith("." + name + ".old-")) {
          Files.move(old, out);
        } else {
          FolderDeletion.start(StagingDirectory.renamedForDeletion(old));
        }
      }
      SpareSite.of(out).recover();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      // this JVM builds the same output on another thread: leave its folders alone
    } finally {
      Files.deleteIfExists(lockFile);
    }
  }
}
