package io.github.briefings.build;

import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.output.FolderDeletion;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.output.StagingDirectory;
import io.github.briefings.parallel.WorkerPool;
import io.github.briefings.render.PageJob;
import io.github.briefings.render.view.BriefingPage;
import io.github.briefings.search.Pagefind;
import io.github.briefings.search.SearchDocument;
import io.github.briefings.search.SearchToolException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The stage "index for search": Pagefind indexes the new site's briefings (before it replaces the
 * previous one) into {@code pagefind/}, whose files become files of the site like any other
 * (compared by their bytes, so an unchanged index is no change). Pagefind reads each briefing
 * page's {@link SearchDocument} (its language and its article, at the page's own path), which gives
 * the index the whole pages give in less time; a theme whose briefing pages mark nothing has its
 * whole site indexed. Pagefind itself is looked for while the briefings load, and a build without
 * it fails then, with the briefings' problems, before any page is made.
 */
final class SearchIndexing {

  private SearchIndexing() {}

  /** Whether this build indexes: the site has search and the build runs Pagefind. */
  static boolean wanted(BuildRun run, Settings settings) {
    return settings.site().search() && run.options().search().index();
  }

  /**
   * Starts looking for the Pagefind this build runs, on a thread of its own beside the stage that
   * loads the briefings (checking the kept binary reads 14 MB; the first build downloads it);
   * {@link Lookup#await} gives it. Empty when the site has no search or the build does not index
   * (the preview indexes after the reload); a problem of the build, and empty, when it cannot be
   * had.
   */
  static Lookup lookFor(BuildRun run, Settings settings) {
    if (!wanted(run, settings)) {
      return new Lookup(null);
    }
    FutureTask<Optional<Pagefind>> task =
        new FutureTask<>(
            () -> {
              try {
                return Optional.of(run.options().search().pagefind());
              } catch (SearchToolException e) {
                run.problems().error(SiteConfigLoader.PATH, 0, 0, e.getMessage());
                return Optional.empty();
              }
            });
    Thread thread = new Thread(task, "briefing-pagefind-lookup");
    thread.setDaemon(true);
    thread.start();
    return new Lookup(task);
  }

  /** A look for Pagefind under way (or none: {@code task} null). */
  record Lookup(FutureTask<Optional<Pagefind>> task) {

    /** Whether this build indexes for search. */
    boolean wanted() {
      return task != null;
    }

    /** Whether this build indexes but Pagefind cannot be had (a problem says why). */
    boolean failed() {
      return wanted() && await().isEmpty();
    }

    /** Waits for the look to end: the Pagefind found, or empty (a problem says why, if wanted). */
    Optional<Pagefind> await() {
      if (task == null) {
        return Optional.empty();
      }
      return WorkerPool.result(task, "looking for Pagefind");
    }
  }

  /** Indexes the new site with {@code pagefind}; a failure is a problem of the build. */
  static void run(BuildRun run, Pagefind pagefind, OpenSite out, List<PageJob> pages) {
    SiteOutput output = out.output();
    Path root = output.root();
    Path bundle = root.resolve(Pagefind.BUNDLE);
    Path documents = null;
    try {
      // named like a staging folder, so that one a killed build leaves is cleared like them
      String name = run.options().outputDir().getFileName().toString();
      documents = Files.createTempDirectory(root.getParent(), "." + name + ".new-search-");
      Path site = documents;
      if (writeDocuments(pages, output, documents) == 0) {
        output.linkKeptPages();
        site = root;
      }
      pagefind.index(site, bundle);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(bundle)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        output.writtenLoose(root.relativize(file).toString().replace('\\', '/'));
      }
      output.settleLoose();
    } catch (SearchToolException e) {
      run.problems().error(Pagefind.BUNDLE + "/", 0, 0, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the site for search in " + root, e);
    } finally {
      if (documents != null) {
        // 10,000 briefings leave 10,000 documents, whose deletion (1.3 s) the build need not wait
        // for; a JVM that ends first leaves them to the next build, with the stale folders
        FolderDeletion.start(StagingDirectory.renamedForDeletion(documents));
      }
    }
  }

  /** Writes each briefing page's search document at its path under {@code dir}; how many. */
  private static int writeDocuments(List<PageJob> pages, SiteOutput output, Path dir) {
    AtomicInteger count = new AtomicInteger();
    pages.parallelStream()
        .filter(p -> p.template().equals(BriefingPage.TEMPLATE))
        .forEach(
            p -> {
              try {
                String page =
                    Files.readString(output.current(p.sitePath()), StandardCharsets.UTF_8);
                Optional<String> document = SearchDocument.of(page);
                if (document.isPresent()) {
                  Path file = dir.resolve(p.sitePath());
                  Files.createDirectories(file.getParent());
                  Files.writeString(file, document.get(), StandardCharsets.UTF_8);
                  count.incrementAndGet();
                }
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read back " + p.sitePath(), e);
              }
            });
    return count.get();
  }
}
