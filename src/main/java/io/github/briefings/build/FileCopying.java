package io.github.briefings.build;

import io.github.briefings.problems.Problems;
import io.github.briefings.render.CommentsSections;
import io.github.briefings.render.PageJob;
import io.github.briefings.render.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The stage "copy photos and static files": the theme's static files and the project's ({@code
 * site/static/}), the photos' resized copies (hard links into the image cache where it can), then
 * the files written without a fingerprint (site maps, {@code robots.txt}) compared by their bytes.
 * The theme's {@code comments.js} is copied only when site.yaml turns comments on. A project's
 * static file that is a link out of {@code site/static/}, or that would replace a generated page,
 * is an error at its path and is not copied.
 */
final class FileCopying {

  private FileCopying() {}

  static void run(
      BuildRun run,
      Settings settings,
      PhotoResizing.Resized resized,
      OpenSite out,
      List<PageJob> pages) {
    Map<String, Path> copies = new TreeMap<>(settings.theme().staticAssets());
    if (settings.site().comments() == null) {
      // only a site with comments publishes the script that loads them
      copies.remove(CommentsSections.SCRIPT);
    }
    Path staticDir = run.options().projectDir().resolve("site").resolve("static");
    Map<String, Path> own = new TreeMap<>();
    Theme.addTree(staticDir, own);
    Set<String> generated = pages.stream().map(PageJob::sitePath).collect(Collectors.toSet());
    own.forEach(
        (sitePath, file) -> {
          if (allowed(staticDir, sitePath, file, generated, run.problems())) {
            copies.put(sitePath, file);
          }
        });
    copies.entrySet().parallelStream().forEach(e -> out.writer().copy(e.getKey(), e.getValue()));
    out.writer().copyResized(resized.copies());
    out.output().settleLoose();
  }

  private static boolean allowed(
      Path staticDir, String sitePath, Path file, Set<String> generated, Problems problems) {
    String path = "site/static/" + sitePath;
    try {
      if (!file.toRealPath().startsWith(staticDir.toRealPath())) {
        problems.error(
            path,
            0,
            0,
            "a link to a file outside site/static/: copy the file into site/static/ instead of"
                + " linking to it");
        return false;
      }
    } catch (IOException e) {
      problems.error(path, 0, 0, "cannot read the static file: " + e.getMessage());
      return false;
    }
    if (generated.contains(sitePath)) {
      problems.error(
          path,
          0,
          0,
          "would replace the page the site generates at /"
              + sitePath
              + ": rename or move the static file");
      return false;
    }
    return true;
  }
}
