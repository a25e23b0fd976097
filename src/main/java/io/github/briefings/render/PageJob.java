package io.github.briefings.render;

import java.util.Map;

/**
 * One page to write: where it goes and what renders it.
 *
 * @param sitePath the file's path relative to the site root ({@code 2024/11/x/index.html})
 * @param template the template's name
 * @param model the variables the template receives
 * @param lang the page's language (for number and date formats)
 */
public record PageJob(String sitePath, String template, Map<String, Object> model, String lang) {
}
