package io.github.briefings.build;

import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problem;
import java.util.List;

/**
 * A briefing's body as rendered, kept for the next builds: its HTML ({@link
 * io.github.briefings.content.PackedText packed}), what the Markdown renderer itself reported
 * (photo lookups report again on reuse), the inline photos asked for, in order, and for each a
 * fingerprint of what it resolved to ({@code -} when it was not found), so that a changed photo or
 * sidecar renders the body again. A class, not a record: its HTML is an array, compared by nobody.
 */
public final class RenderedBody {

  private final byte[] html;
  private final List<Problem> problems;
  private final List<PhotoRef> photos;
  private final List<String> resolved;

  public RenderedBody(
      byte[] html, List<Problem> problems, List<PhotoRef> photos, List<String> resolved) {
    this.html = html;
    this.problems = List.copyOf(problems);
    this.photos = List.copyOf(photos);
    this.resolved = List.copyOf(resolved);
  }

  /** The HTML, packed (shared with the briefing that shows it: do not change the array). */
  public byte[] html() {
    return html;
  }

  /** What the Markdown renderer reported. */
  public List<Problem> problems() {
    return problems;
  }

  /** The inline photos asked for, in order. */
  public List<PhotoRef> photos() {
    return photos;
  }

  /** For each inline photo, a fingerprint of what it resolved to ({@code -}: not found). */
  public List<String> resolved() {
    return resolved;
  }
}
