package io.github.briefings.check;

/**
 * A URL found in a file of the site, with where it was found.
 *
 * @param page the file holding it, relative to the output folder
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param element the element as shown in a problem, e.g. {@code <img src="/base/x.jpg">}
 * @param url the URL to resolve
 * @param what how the problem names this URL: {@code null} for the element's one URL, or e.g.
 *     {@code "srcset entry 'x.jpg 2x'"}
 */
record Reference(String page, int line, int column, String element, String url, String what) {}
