package io.github.briefings.content;

import java.nio.file.Path;

/**
 * A photo found on disk, with the text that goes with it.
 *
 * @param file the image file
 * @param sitePath where it is published, relative to the site root ({@code media/images/x.jpg})
 * @param width width in pixels
 * @param height height in pixels
 * @param alt alt text, never empty
 * @param caption caption, or null
 * @param credit credit, or null only when the site's credit policy is {@code warn}
 */
public record Photo(Path file, String sitePath, int width, int height, String alt, String caption, String credit) {
}
