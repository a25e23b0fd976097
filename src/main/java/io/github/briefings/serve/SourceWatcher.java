package io.github.briefings.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders (with directory-watcher: recursive, new sub-folders included; a watched folder
 * created later is picked up) and hands each burst of changes to a listener once the folders have
 * been quiet for a moment, one burst at a time: changes made while the listener runs make the next
 * burst. Editors' scratch files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

  /** A burst that never goes quiet is still handed over after this long. */
  private static final Duration MAX_WAIT = Duration.ofMillis(500);

  private final List<Path> folders;
  private final WatchService parents;
  private final ExecutorService watching;
  private final ScheduledThreadPoolExecutor worker;
  private final long quietNanos;
  private final Consumer<Set<Path>> listener;

  // guarded by this
  private final Set<Path> pending = new LinkedHashSet<>();
  private DirectoryWatcher watcher;
  private boolean closed;
  private ScheduledFuture<?> flush;
  private long firstPending;

  private SourceWatcher(List<Path> folders, Duration quiet, Consumer<Set<Path>> listener)
      throws IOException {
    this.folders = List.copyOf(folders);
    this.quietNanos = quiet.toNanos();
    this.listener = listener;
    this.worker = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "briefings-rebuild"));
    worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    worker.setRemoveOnCancelPolicy(true);
    this.watching = Executors.newCachedThreadPool(r -> daemon(r, "briefings-watch"));
    // the folders' parents are watched (not recursively) so that a folder created or removed
    // while serving (a first templates/, say) is noticed and watched too
    this.parents = FileSystems.getDefault().newWatchService();
    for (Path parent : folders.stream().map(Path::getParent).distinct().toList()) {
      if (Files.isDirectory(parent)) {
        parent.register(
            parents, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
    rewatch();
    watching.execute(this::watchParents);
  }

  /**
   * Starts watching {@code folders} (those missing are watched from when they appear).
   *
   * @param quiet how long the folders must stay unchanged before a burst is handed over
   * @param listener gets each burst's changed paths, on the watcher's own thread
   */
  public static SourceWatcher start(
      List<Path> folders, Duration quiet, Consumer<Set<Path>> listener) throws IOException {
    return new SourceWatcher(
        folders.stream().map(p -> p.toAbsolutePath().normalize()).toList(), quiet, listener);
  }

  /** (Re)starts the recursive watcher over the folders that exist now. */
  private synchronized void rewatch() throws IOException {
    if (closed) {
      return;
    }
    if (watcher != null) {
      watcher.close();
    }
    List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
    if (existing.isEmpty()) {
      watcher = null;
      return;
    }
    watcher =
        DirectoryWatcher.builder()
            .paths(existing)
            .listener(this::onEvent)
            .fileHashing(false)
            .logger(NOPLogger.NOP_LOGGER)
            .build();
    // ends when the watcher is closed; nothing to wait for
    var unused = watcher.watchAsync(watching);
  }

  private void watchParents() {
    try {
      while (true) {
        WatchKey key = parents.take();
        Path parent = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.context() instanceof Path name && folders.contains(parent.resolve(name))) {
            rewatch();
            changed(parent.resolve(name));
          }
        }
        key.reset();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    } catch (IOException e) {
      // cannot watch any more: the preview still serves the last build
    }
  }

  /** Whether a file name is an editor's scratch file (backup, swap, lock), not a source. */
  static boolean ignored(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    return n.endsWith("~")
        || n.endsWith(".swp")
        || n.endsWith(".swx")
        || n.endsWith(".swo")
        || n.startsWith(".#")
        || n.equals("4913")
        || n.endsWith(".tmp")
        || n.endsWith(".crdownload");
  }

  private void onEvent(DirectoryChangeEvent event) {
    Path path =
        event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW
            ? event.rootPath()
            : event.path();
    if (path != null && !ignored(path)) {
      changed(path);
    }
  }

  /** Notes a change and (re)starts the quiet period. */
  synchronized void changed(Path path) {
    long now = System.nanoTime();
    if (pending.isEmpty()) {
      firstPending = now;
    }
    pending.add(path);
    if (flush != null) {
      flush.cancel(false);
    }
    long wait = now - firstPending >= MAX_WAIT.toNanos() ? 0 : quietNanos;
    try {
      flush = worker.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // closed meanwhile
    }
  }

  private void flush() {
    Set<Path> burst;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      burst = Set.copyOf(pending);
      pending.clear();
    }
    listener.accept(burst);
  }

  /** Stops watching; a rebuild under way is allowed to finish (up to 30 s). */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      try {
        if (watcher != null) {
          watcher.close();
        }
        parents.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    watching.shutdownNow();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
