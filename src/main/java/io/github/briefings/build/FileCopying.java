package io.github.briefings.build;

import io.github.briefings.render.Theme;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stage "copy photos and static files": the theme's static files and the project's ({@code
 * site/static/}), the photos' resized copies (hard links into the image cache where it can), then
 * the files written without a fingerprint (site maps, {@code robots.txt}) compared by their bytes.
 */
final class FileCopying {

  private FileCopying() {}

  static void run(BuildRun run, Settings settings, PhotoResizing.Resized resized, OpenSite out) {
    Map<String, Path> copies = new TreeMap<>(settings.theme().staticAssets());
    Theme.addTree(run.options().projectDir().resolve("site").resolve("static"), copies);
    copies.entrySet().parallelStream().forEach(e -> out.writer().copy(e.getKey(), e.getValue()));
    out.writer().copyResized(resized.copies());
    out.output().settleLoose();
  }
}
