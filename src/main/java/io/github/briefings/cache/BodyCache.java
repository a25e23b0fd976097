package io.github.briefings.cache;

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
public final class BodyCache {

  /**
   * A rendered body: the HTML in UTF-8 (shared with the briefing that shows it; do not change the
   * array), what the Markdown renderer itself reported (photo lookups report again on reuse), the
   * inline photos asked for, in order, and for each a fingerprint of what it resolved to ({@code -}
   * when it was not found). A class, not a record: its HTML is an array, compared by nobody.
   */
  public static final class Entry {

    private final byte[] html;
    private final List<Problem> problems;
    private final List<PhotoRef> photos;
    private final List<String> resolved;

    public Entry(
        byte[] html, List<Problem> problems, List<PhotoRef> photos, List<String> resolved) {
      this.html = html;
      this.problems = List.copyOf(problems);
      this.photos = List.copyOf(photos);
      this.resolved = List.copyOf(resolved);
    }

    /** The HTML in UTF-8 (shared: do not change the array). */
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

  private final Generations<String, Entry> entries = new Generations<>();

  BodyCache(Map<String, Entry> loaded) {
    entries.offer(loaded);
  }

  /** An empty cache. */
  public static BodyCache empty() {
    return new BodyCache(Map.of());
  }

  /** The entry for {@code key}, or null. */
  public Entry get(String key) {
    return entries.get(key);
  }

  /** The HTML of {@code key}'s entry, without marking it used by this build; null when absent. */
  byte[] peek(String key) {
    Entry e = entries.peek(key);
    return e == null ? null : e.html();
  }

  public void put(String key, Entry entry) {
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
    Map<String, Entry> sorted = new TreeMap<>(entries.current());
    out.writeInt(sorted.size());
    for (Map.Entry<String, Entry> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      Entry entry = e.getValue();
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
    Map<String, Entry> entries = new java.util.HashMap<>();
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
      entries.put(key, new Entry(html, problems, photos, resolved));
    }
    return new BodyCache(entries);
  }
}
