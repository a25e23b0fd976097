package io.github.briefings.render.view;

/**
 * A photo as pages show it. Texts are null when the photo has none; {@code srcset} and the three
 * sizes are null when no resized copies were made.
 *
 * @param src the resized copy pages show (the 960-pixel one, or the widest narrower one)
 * @param srcset every copy, {@code URL 480w, URL 960w, …}
 * @param sizes the {@code sizes} of a lead photo
 * @param bodySizes the {@code sizes} of a photo in the text column
 * @param cardSizes the {@code sizes} of a photo on a card
 * @param originalSrc the original photo, base-path-absolute
 * @param absoluteSrc the original photo, absolute
 * @param originalWidth the original's width (EXIF orientation applied)
 * @param originalHeight the original's height
 * @param width the width of {@code src}
 * @param height the height of {@code src}
 * @param alt the text alternative, as written
 * @param caption the caption
 * @param credit the credit
 * @param creator the photographer
 * @param copyright the copyright notice
 */
public record Figure(
    String src,
    String srcset,
    String sizes,
    String bodySizes,
    String cardSizes,
    String originalSrc,
    String absoluteSrc,
    int originalWidth,
    int originalHeight,
    int width,
    int height,
    String alt,
    String caption,
    String credit,
    String creator,
    String copyright) {}
