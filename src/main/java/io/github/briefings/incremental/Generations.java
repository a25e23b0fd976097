package io.github.briefings.incremental;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cache entries across builds: what earlier builds left, and what this build used or added. Each
 * build keeps only what it used, so entries of deleted or changed sources do not pile up.
 * Thread-safe.
 */
final class Generations<K, V> {

  private final Map<K, V> previous = new ConcurrentHashMap<>();
  private final Map<K, V> used = new ConcurrentHashMap<>();
  private volatile boolean added;

  /** Entries read from disk, offered to the next build. */
  void offer(Map<K, V> entries) {
    previous.putAll(entries);
  }

  /** The entry for {@code key} (marked used by this build), or null. */
  V get(K key) {
    V v = peek(key);
    if (v != null) {
      used.put(key, v);
    }
    return v;
  }

  /** The entry for {@code key} without marking it used, or null. */
  V peek(K key) {
    V v = used.get(key);
    return v != null ? v : previous.get(key);
  }

  void put(K key, V value) {
    used.put(key, value);
    added = true;
  }

  /** Whether the entries to write differ from those read or last written. */
  boolean changed() {
    return added || previous.size() != used.size();
  }

  void written() {
    added = false;
  }

  /** What to write: the entries this build used, or (when it used none yet) those offered. */
  Map<K, V> current() {
    return used.isEmpty() ? previous : used;
  }

  /**
   * Starts a new build after one that read only some sources (and knew the others unchanged):
   * nothing is dropped, what it added replaces what was there.
   */
  void nextBuildKeepingAll() {
    if (used.isEmpty()) {
      return;
    }
    previous.putAll(used);
    used.clear();
    added = true;
  }

  /** Starts a new build: what the last one used is what the next may reuse; the rest is dropped. */
  void nextBuild() {
    if (used.isEmpty()) {
      return;
    }
    if (previous.size() != used.size()) {
      added = true;
    }
    previous.clear();
    previous.putAll(used);
    used.clear();
  }
}
