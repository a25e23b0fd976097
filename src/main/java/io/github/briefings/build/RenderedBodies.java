package io.github.briefings.build;

/**
 * Rendered bodies by the key of everything that shapes them (the Markdown, the file's path and
 * first body line, the language, the renderer's settings), kept between builds. Thread-safe.
 */
public interface RenderedBodies {

  /** The body rendered under {@code key}, or null. */
  RenderedBody get(String key);

  /** Keeps a body rendered under {@code key}. */
  void put(String key, RenderedBody body);
}
