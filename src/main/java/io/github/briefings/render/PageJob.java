package io.github.briefings.render;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One page to write: where it goes and what renders it.
 *
 * @param sitePath the file's path relative to the site root ({@code 2024/11/x/index.html})
 * @param template the template's name
 * @param model the variables the template receives
 * @param lang the page's language (for number and date formats)
 * @param lastModified when its content last changed (for the site map), or null
 * @param listed whether the site map lists it
 */
public record PageJob(String sitePath, String template, Map<String, Object> model, String lang,
        ZonedDateTime lastModified, boolean listed) {

    /** The page's URL path relative to the site root: {@code index.html} dropped. */
    public String urlPath() {
        return sitePath.endsWith("index.html") ? sitePath.substring(0, sitePath.length() - "index.html".length())
                : sitePath;
    }
}
