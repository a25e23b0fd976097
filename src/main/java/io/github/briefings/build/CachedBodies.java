package io.github.briefings.build;

import io.github.briefings.content.Briefing;
import io.github.briefings.content.PackedText;
import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders briefing bodies through the {@link RenderedBodies} kept: a body whose Markdown, place and
 * settings are unchanged, and whose inline photos still resolve to the same photos, is not rendered
 * again.
 */
final class CachedBodies {

  /**
   * A rendered body: its HTML {@link PackedText packed}, the inline photos it shows and the key of
   * its Markdown and settings. A class, not a record: its HTML is an array, compared by nobody.
   */
  static final class Body {
    private final byte[] html;
    private final List<Photo> photos;
    private final String key;

    Body(byte[] html, List<Photo> photos, String key) {
      this.html = html;
      this.photos = photos;
      this.key = key;
    }

    /** The HTML, packed (shared: do not change the array). */
    byte[] html() {
      return html;
    }

    List<Photo> photos() {
      return photos;
    }

    String key() {
      return key;
    }
  }

  private CachedBodies() {}

  static Body render(
      MarkdownRenderer markdown,
      RenderedBodies cache,
      String settings,
      Briefing b,
      MarkdownRenderer.PhotoLookup lookup,
      Problems problems) {
    String key =
        Fingerprint.of(settings, b.lang(), b.path(), String.valueOf(b.bodyLine()), b.body());
    RenderedBody hit = cache.get(key);
    if (hit != null) {
      Optional<Body> reused = reuse(key, hit, lookup, problems);
      if (reused.isPresent()) {
        return reused.get();
      }
    }
    // render, keeping apart what the renderer reports from what photo lookups report
    Problems own = new Problems();
    Problems lookups = new Problems();
    List<PhotoRef> asked = new ArrayList<>();
    List<String> resolved = new ArrayList<>();
    MarkdownRenderer.PhotoLookup recording =
        (ref, ignored) -> {
          Optional<Photo> photo = lookup.find(ref, lookups);
          asked.add(ref);
          resolved.add(describe(photo));
          return photo;
        };
    MarkdownRenderer.Rendered body =
        markdown.render(b.body(), b.lang(), b.path(), b.bodyLine(), recording, own);
    List<Problem> rendererProblems = own.sorted();
    problems.addAll(rendererProblems);
    problems.addAll(lookups.sorted());
    byte[] html = PackedText.pack(body.html());
    cache.put(key, new RenderedBody(html, rendererProblems, asked, resolved));
    return new Body(html, body.photos(), key);
  }

  /** The cached body, when each inline photo resolves as it did. */
  private static Optional<Body> reuse(
      String key, RenderedBody hit, MarkdownRenderer.PhotoLookup lookup, Problems problems) {
    Problems lookups = new Problems();
    List<Photo> shown = new ArrayList<>();
    for (int i = 0; i < hit.photos().size(); i++) {
      Optional<Photo> photo = lookup.find(hit.photos().get(i), lookups);
      if (!describe(photo).equals(hit.resolved().get(i))) {
        return Optional.empty();
      }
      photo.ifPresent(shown::add);
    }
    problems.addAll(hit.problems());
    problems.addAll(lookups.sorted());
    return Optional.of(new Body(hit.html(), shown, key));
  }

  private static String describe(Optional<Photo> photo) {
    return photo.map(Photo::toString).orElse("-");
  }
}
