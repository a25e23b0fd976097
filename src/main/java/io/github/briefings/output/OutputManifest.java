package io.github.briefings.output;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last successful build left in the output folder: for each file (by site path) the
 * fingerprint of what made it and its size. A file whose fingerprint is unchanged and whose size on
 * disk still matches is not written again. Thread-safe. The build cache keeps it between builds.
 */
public final class OutputManifest {

  /**
   * One output file.
   *
   * @param fingerprint what made it: a page's template and model, a copy's source and time, a
   *     feed's bytes
   * @param size its size in bytes
   */
  public record Entry(String fingerprint, long size) {}

  private final String outputDir;
  private final Map<String, Entry> files;

  /** The manifest this one records changes to, or null. */
  private final OutputManifest base;

  public OutputManifest(String outputDir) {
    this(outputDir, new ConcurrentHashMap<>(), null);
  }

  private OutputManifest(String outputDir, Map<String, Entry> files, OutputManifest base) {
    this.outputDir = outputDir;
    this.files = files;
    this.base = base;
  }

  /**
   * A manifest holding this one's files and recording changes apart, without copying them: this one
   * is unchanged until {@link #merged()}.
   */
  public OutputManifest overlay() {
    return new OutputManifest(outputDir, new ConcurrentHashMap<>(), this);
  }

  /**
   * For an {@link #overlay()}: its base with the changes applied (the base changes); else this
   * manifest.
   */
  public OutputManifest merged() {
    if (base == null) {
      return this;
    }
    OutputManifest into = base.merged();
    into.files.putAll(files);
    return into;
  }

  /** The absolute output folder it describes. */
  public String outputDir() {
    return outputDir;
  }

  public Entry get(String sitePath) {
    Entry e = files.get(sitePath);
    return e != null || base == null ? e : base.get(sitePath);
  }

  public void put(String sitePath, Entry entry) {
    files.put(sitePath, entry);
  }

  /** Whether every file's entry passes {@code test} (asked in parallel). */
  public boolean allMatch(java.util.function.BiPredicate<String, Entry> test) {
    Map<String, Entry> entries = base == null ? files : all();
    return entries.entrySet().parallelStream().allMatch(e -> test.test(e.getKey(), e.getValue()));
  }

  public boolean contains(String sitePath) {
    return files.containsKey(sitePath) || (base != null && base.contains(sitePath));
  }

  /** Every site path, sorted. */
  public Iterable<String> sitePaths() {
    return all().keySet();
  }

  /** Every file's entry, by site path, sorted (a copy). */
  public Map<String, Entry> entries() {
    return all();
  }

  public int size() {
    return base == null ? files.size() : all().size();
  }

  /** Every file's entry, by site path, sorted. */
  private Map<String, Entry> all() {
    Map<String, Entry> out = base == null ? new TreeMap<>() : base.all();
    out.putAll(files);
    return out;
  }
}
