package io.github.briefings.serve;

import io.github.briefings.output.StagingDirectory;
import io.github.briefings.search.Pagefind;
import io.github.briefings.search.SearchOptions;
import io.github.briefings.search.SearchToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The preview's search index, made after each rebuild without delaying the reload: Pagefind runs on
 * its own thread over the preview folder, one run at a time; rebuilds that come while it runs ask
 * for one more run, over the latest site. The index is written outside the preview folder (which
 * each rebuild replaces) and swapped in whole; the server serves it as the site's {@code
 * pagefind/}.
 */
final class SearchRefresh implements AutoCloseable {

  private final SearchOptions options;
  private final Path site;
  private final Path folder;
  private final Consumer<String> onSearch;
  private final ExecutorService worker;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicInteger runs = new AtomicInteger();
  private Pagefind pagefind;
  private boolean failed;

  /**
   * @param options how Pagefind is had
   * @param site the preview folder
   * @param folder where the index is kept ({@link #bundle()} inside it)
   * @param onSearch told what happened to each run (indexed, or why not), on the worker's thread
   */
  SearchRefresh(SearchOptions options, Path site, Path folder, Consumer<String> onSearch) {
    this.options = options;
    this.site = site;
    this.folder = folder;
    this.onSearch = onSearch;
    this.worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "briefings-search-index");
              t.setDaemon(true);
              return t;
            });
  }

  /** The folder the server serves as {@code pagefind/}. */
  Path bundle() {
    return folder.resolve(Pagefind.BUNDLE);
  }

  /** How many runs have ended (indexed or not). */
  int runs() {
    return runs.get();
  }

  /** Asks for the index of the site as it is now; returns at once. */
  void refresh() {
    if (pending.getAndSet(true)) {
      return;
    }
    worker.execute(
        () -> {
          pending.set(false);
          runOnce();
          runs.incrementAndGet();
        });
  }

  private void runOnce() {
    if (!Files.isRegularFile(site.resolve("search").resolve("index.html"))) {
      return; // the site has no search (search: false)
    }
    try {
      if (pagefind == null) {
        if (failed) {
          return;
        }
        pagefind = options.pagefind();
      }
      long start = System.nanoTime();
      Files.createDirectories(folder);
      Path fresh = Files.createTempDirectory(folder, ".pagefind-new-");
      try {
        pagefind.index(site, fresh);
        swap(fresh);
      } finally {
        StagingDirectory.deleteTree(fresh);
      }
      onSearch.accept(
          "Search index refreshed in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } catch (SearchToolException e) {
      if (pagefind == null) {
        failed = true;
        onSearch.accept("The preview has no search: " + e.getMessage());
      } else if (!pending.get()) {
        onSearch.accept("The search index was not refreshed: " + e.getMessage());
      }
    } catch (IOException e) {
      onSearch.accept("The search index was not refreshed: " + e.getMessage());
    }
  }

  /** Puts {@code fresh} in place of the index in one rename (the old one is deleted after). */
  private void swap(Path fresh) throws IOException {
    Path bundle = bundle();
    Path old = folder.resolve(".pagefind-old");
    StagingDirectory.deleteTree(old);
    if (Files.exists(bundle)) {
      Files.move(bundle, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(fresh, bundle, StandardCopyOption.ATOMIC_MOVE);
    StagingDirectory.deleteTree(old);
  }

  /** Stops a run under way and the worker. */
  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
