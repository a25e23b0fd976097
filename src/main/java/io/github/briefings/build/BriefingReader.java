package io.github.briefings.build;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Photo;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.photos.PhotoResolver;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads one briefing file into what the site publishes: its front matter checked, its countries and
 * topics checked, its lead photo found, its body rendered (or taken from the bodies kept).
 */
public final class BriefingReader {

  private final Settings settings;

  public BriefingReader(Settings settings) {
    this.settings = settings;
  }

  /**
   * A briefing file's key: what every briefing shares ({@link WorkKeys#briefings()}) and the file's
   * size and time; null when it cannot be read.
   */
  public String key(Path source) {
    try {
      BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
      return settings.keys().briefings()
          + " "
          + a.size()
          + " "
          + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Reads, checks and renders one briefing: what it is (empty when it has errors) and its problems,
   * under {@code key}.
   */
  public LoadedBriefing read(Path file, String key) {
    Problems own = new Problems();
    Optional<Briefing> loaded = settings.loader().load(file, own);
    if (loaded.isEmpty()) {
      return new LoadedBriefing(key, Optional.empty(), own.sorted(), null);
    }
    // the checks below run even when the front matter had errors: every problem in one run
    Briefing b = loaded.get();
    settings.terms().check(b, own);
    Photo lead = null;
    PhotoResolver photos = settings.photos();
    if (b.photo() != null) {
      lead = photos.resolve(b.photo(), b.file(), b.path(), own).orElse(null);
    }
    MarkdownRenderer.PhotoLookup lookup = (ref, p) -> photos.resolve(ref, b.file(), b.path(), p);
    CachedBodies.Body body =
        CachedBodies.render(
            settings.markdown(), settings.bodies(), settings.keys().bodies(), b, lookup, own);
    if (own.hasErrors()) {
      return new LoadedBriefing(key, Optional.empty(), own.sorted(), body.key());
    }
    Briefing kept = b.withoutBody();
    String fingerprint =
        Fingerprint.of(body.key(), kept.toString(), String.valueOf(lead), body.photos().toString());
    Article article =
        new Article(
            kept, b.sitePath(settings.site()), lead, body.html(), body.photos(), fingerprint);
    return new LoadedBriefing(key, Optional.of(article), own.sorted(), body.key());
  }
}
