package io.github.briefings.build;

import io.github.briefings.content.Article;
import io.github.briefings.content.Photo;
import io.github.briefings.output.SiteWriter;
import io.github.briefings.taxonomy.Authors;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stage "resize photos": the resized copies of the published photos that the output does not
 * hold already, made in parallel or taken from the image cache. (The photos themselves were copied
 * as their briefings loaded.) The pipeline runs it beside the page models, pages and feeds, which
 * do not need its copies; its phase is the time the build still waits for it after them.
 */
final class PhotoResizing {

  /**
   * What the stage made.
   *
   * @param copies each resized copy to put in the site: its site path and its file in the image
   *     cache
   * @param photos how many photos the site publishes (each original once)
   */
  record Resized(Map<String, Path> copies, int photos) {}

  private PhotoResizing() {}

  static Resized run(BuildRun run, Settings settings, List<Article> published, SiteWriter writer) {
    Map<Path, Photo> photos = new TreeMap<>();
    Set<String> authors = new HashSet<>();
    for (Article a : published) {
      a.photos().forEach(p -> photos.put(p.file(), p));
      authors.addAll(Authors.slugs(a));
    }
    // the photos of authors with a page: copied here, as a briefing's are when it loads
    settings
        .authorPhotos()
        .forEach(
            (slug, p) -> {
              if (authors.contains(slug)) {
                writer.copy(p.sitePath(), p.file());
                photos.putIfAbsent(p.file(), p);
              }
            });
    List<Photo> toResize = writer.toResize(photos.values());
    Map<String, Path> copies = settings.variants().write(toResize, "content", run.problems());
    return new Resized(copies, photos.size());
  }
}
