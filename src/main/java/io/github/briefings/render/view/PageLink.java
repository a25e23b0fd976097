package io.github.briefings.render.view;

/**
 * One numbered page of a listing, as pagination shows it.
 *
 * @param number its number, from 1
 * @param url its URL
 * @param current whether it is the page showing it
 * @param gapBefore whether pages are left out between it and the one shown before it
 */
public record PageLink(int number, String url, boolean current, boolean gapBefore) {}
