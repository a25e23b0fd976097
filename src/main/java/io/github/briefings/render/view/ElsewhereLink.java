package io.github.briefings.render.view;

/**
 * One of an author's links, from {@code site.yaml}.
 *
 * @param kind {@code website}, {@code mastodon}, {@code bluesky}, {@code x} or {@code email} (the
 *     UI string {@code msg["link." + kind]} names it)
 * @param url an http(s) URL, or {@code mailto:} and the address
 * @param me whether it is the author's own profile elsewhere (every kind but email), for {@code
 *     rel="me"}
 */
public record ElsewhereLink(String kind, String url, boolean me) {}
