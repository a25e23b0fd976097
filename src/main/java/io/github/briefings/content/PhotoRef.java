package io.github.briefings.content;

/**
 * A photo as a briefing names it, before lookup: the source path and whatever text the briefing
 * itself gives (each may be null, to be filled from a sidecar or the photo's own metadata).
 *
 * @param src the path as written
 * @param alt alt text from the briefing, or null
 * @param caption caption from the briefing, or null
 * @param credit credit from the briefing, or null
 * @param line 1-based line in the briefing file where the photo is named
 * @param column 1-based column, or 0
 */
public record PhotoRef(
    String src, String alt, String caption, String credit, int line, int column) {}
