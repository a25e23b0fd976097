package io.github.briefings.build;

import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.search.Pagefind;
import io.github.briefings.search.SearchToolException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stage "index for search": Pagefind reads every page of the new site (before it replaces the
 * previous one) and writes its index into {@code pagefind/}, whose files become files of the site
 * like any other (compared by their bytes, so an unchanged index is no change). Pagefind itself is
 * looked for before the pages are made, so that a build without it fails at once.
 */
final class SearchIndexing {

  private SearchIndexing() {}

  /**
   * The Pagefind this build runs: empty when the site has no search or the build does not index
   * (the preview indexes after the reload); a problem, and empty, when it cannot be had.
   */
  static Optional<Pagefind> tool(BuildRun run, Settings settings) {
    if (!wanted(run, settings)) {
      return Optional.empty();
    }
    try {
      return Optional.of(run.options().search().pagefind());
    } catch (SearchToolException e) {
      run.problems().error(SiteConfigLoader.PATH, 0, 0, e.getMessage());
      return Optional.empty();
    }
  }

  /** Whether this build indexes: the site has search and the build runs Pagefind. */
  static boolean wanted(BuildRun run, Settings settings) {
    return settings.site().search() && run.options().search().index();
  }

  /** Indexes the new site with {@code pagefind}; a failure is a problem of the build. */
  static void run(BuildRun run, Pagefind pagefind, OpenSite out) {
    SiteOutput output = out.output();
    Path root = output.root();
    Path bundle = root.resolve(Pagefind.BUNDLE);
    try {
      output.linkKeptPages();
      pagefind.index(root, bundle);
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
    }
  }
}
