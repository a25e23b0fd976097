package io.github.briefings.content;

import java.util.List;

/**
 * A briefing ready to publish: its validated front matter, lead photo found on disk and body
 * rendered to clean HTML.
 *
 * @param briefing the briefing
 * @param sitePath its URL path relative to the site root
 * @param photo the lead photo, or null
 * @param bodyHtml the body as HTML, cleaned
 * @param inlinePhotos the photos the body shows
 */
public record Article(Briefing briefing, String sitePath, Photo photo, String bodyHtml, List<Photo> inlinePhotos) {

    public Article {
        inlinePhotos = List.copyOf(inlinePhotos);
    }
}
