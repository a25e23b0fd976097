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
 * @param creator the photographer (by-line), or null
 * @param copyright the copyright notice, or null
 */
public record Photo(Path file, String sitePath, int width, int height, String alt, String caption, String credit,
        String creator, String copyright) {

    /** A photo without creator or copyright notice. */
    public Photo(Path file, String sitePath, int width, int height, String alt, String caption, String credit) {
        this(file, sitePath, width, height, alt, caption, credit, null, null);
    }
}
