package io.github.briefings.photos;

/**
 * The words that go with a photo, from one source; any field may be null (the source lacks it).
 *
 * @param alt what the photo shows, for screen readers
 * @param caption what happened, who, where, when
 * @param credit who took it, for whom
 */
public record PhotoText(String alt, String caption, String credit) {

    /** Nothing known. */
    public static final PhotoText NONE = new PhotoText(null, null, null);

    /** Field by field, this source's value, else {@code fallback}'s. */
    public PhotoText orElse(PhotoText fallback) {
        return new PhotoText(alt != null ? alt : fallback.alt,
                caption != null ? caption : fallback.caption,
                credit != null ? credit : fallback.credit);
    }

    public boolean complete() {
        return alt != null && caption != null && credit != null;
    }
}
