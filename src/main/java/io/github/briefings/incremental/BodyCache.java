package io.github.briefings.incremental;

import io.github.briefings.build.RenderedBodies;
import io.github.briefings.build.RenderedBody;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problem;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rendered briefing bodies by the SHA-256 of everything that shapes them (the Markdown, the file's
 * path and first body line, the language, the renderer's settings). An entry also remembers the
 * inline photos the body asked for and what each resolved to, so that a changed photo or sidecar
 * renders the body again. Thread-safe.
 */
final class BodyCache implements RenderedBodies {

  private final Generations<String, RenderedBody> entries = new Generations<>();

  BodyCache(Map<String, RenderedBody> loaded) {
    entries.offer(loaded);
  }

  /** An empty cache. */
  static BodyCache empty() {
    return new BodyCache(Map.of());
  }

  /** The entry for {@code key}, or null. */
  @Override
  public RenderedBody get(String key) {
    return entries.get(key);
  }

  /** The HTML of {@code key}'s entry, without marking it used by this build; null when absent. */
  byte[] peek(String key) {
    RenderedBody e = entries.peek(key);
    return e == null ? null : e.html();
  }

  @Override
  public void put(String key, RenderedBody entry) {
    entries.put(key, entry);
  }

  /** Starts a new build: only the bodies the last one used stay. */
  void nextBuild() {
    entries.nextBuild();
  }

  /** Starts a new build after one that rendered only some bodies: keeps every body. */
  void nextBuildKeepingAll() {
    entries.nextBuildKeepingAll();
  }

  /** Whether {@link #write} would write something new. */
  boolean changed() {
    return entries.changed();
  }

  void written() {
    entries.written();
  }

  /**
   * Writes the entries this build used, sorted by key (so the file is the same for the same site).
   */
  void write(DataOutputStream out) throws IOException {
    Map<String, RenderedBody> sorted = new TreeMap<>(entries.current());
    out.writeInt(sorted.size());
    for (Map.Entry<String, RenderedBody> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      RenderedBody entry = e.getValue();
      out.writeInt(entry.html().length);
      out.write(entry.html());
      SourceCodec.problems(out, entry.problems());
      out.writeInt(entry.photos().size());
      for (int i = 0; i < entry.photos().size(); i++) {
        SourceCodec.photoRef(out, entry.photos().get(i));
        CacheFile.writeString(out, entry.resolved().get(i));
      }
    }
  }

  static BodyCache read(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0) {
      throw new CacheFile.Corrupt("bad entry count");
    }
    Map<String, RenderedBody> entries = new java.util.HashMap<>();
    for (int i = 0; i < count; i++) {
      String key = CacheFile.readString(in);
      int length = in.readInt();
      if (length < 0 || length > 64 << 20) {
        throw new CacheFile.Corrupt("bad body length");
      }
      byte[] html = in.readNBytes(length);
      if (html.length != length) {
        throw new java.io.EOFException();
      }
      List<Problem> problems = SourceCodec.problems(in);
      int photoCount = SourceCodec.count(in);
      List<PhotoRef> photos = new ArrayList<>();
      List<String> resolved = new ArrayList<>();
      for (int j = 0; j < photoCount; j++) {
        photos.add(SourceCodec.photoRef(in));
        resolved.add(CacheFile.readString(in));
      }
      if (key == null) {
        throw new CacheFile.Corrupt("entry without key");
      }
      entries.put(key, new RenderedBody(html, problems, photos, resolved));
    }
    return new BodyCache(entries);
  }
}
