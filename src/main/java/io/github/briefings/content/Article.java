package io.github.briefings.content;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A briefing ready to publish: its validated front matter, lead photo found on disk and body
 * rendered to clean HTML.
 *
 * @param briefing the briefing
 * @param sitePath its URL path relative to the site root
 * @param photo the lead photo, or null
 * @param bodyUtf8 the body as HTML, cleaned, in UTF-8: half the memory of a String holding typographic
 *     spaces and quotes, for a build that holds every briefing (do not change the array)
 * @param inlinePhotos the photos the body shows
 * @param fingerprint what it was made from (source, settings, photos): equal fingerprints, equal articles;
 *     pages and feeds showing only unchanged articles need not be made again
 */
public record Article(Briefing briefing, String sitePath, Photo photo, byte[] bodyUtf8, List<Photo> inlinePhotos,
        String fingerprint) {

    public Article {
        inlinePhotos = List.copyOf(inlinePhotos);
    }

    /** An article whose fingerprint is made from all of it (for tests and small sites). */
    public Article(Briefing briefing, String sitePath, Photo photo, String bodyHtml, List<Photo> inlinePhotos) {
        this(briefing, sitePath, photo, bodyHtml.getBytes(StandardCharsets.UTF_8), inlinePhotos,
                String.join("\u0000", briefing.toString(), sitePath, String.valueOf(photo), bodyHtml,
                        inlinePhotos.toString()));
    }

    /** The body as HTML. */
    public String bodyHtml() {
        return new String(bodyUtf8, StandardCharsets.UTF_8);
    }
}
