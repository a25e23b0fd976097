package io.github.briefings.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One briefing as written: front matter validated into values, body still Markdown.
 *
 * @param file the Markdown file
 * @param path the file relative to the project directory (for messages)
 * @param title headline
 * @param summary standfirst
 * @param date publication time, in the site's zone
 * @param updated last update, or null
 * @param authors one or more names
 * @param lang language code
 * @param countries ISO codes in upper case, where they were written
 * @param topics topic slugs, where they were written
 * @param photo the lead photo as named, or null
 * @param draft whether it is a draft
 * @param slug the URL slug
 * @param corrections corrections, oldest first
 * @param translationKey the key shared with its translations in other languages, where written, or
 *     null
 * @param body the Markdown body
 * @param bodyLine the 1-based line of the file where the body starts
 * @param dateline the place the briefing was filed from ({@code dateline: "MOSCOU"}), or null
 * @param expires when it stops being published (rights-limited content), in the site's zone, or
 *     null
 * @param comments whether its page may show the site's comments ({@code comments: false} in the
 *     front matter turns them off)
 */
public record Briefing(
    Path file,
    String path,
    String title,
    String summary,
    ZonedDateTime date,
    ZonedDateTime updated,
    List<String> authors,
    String lang,
    List<Located<String>> countries,
    List<Located<String>> topics,
    PhotoRef photo,
    boolean draft,
    String slug,
    List<Correction> corrections,
    Located<String> translationKey,
    String body,
    int bodyLine,
    String dateline,
    ZonedDateTime expires,
    boolean comments) {

  public Briefing {
    authors = List.copyOf(authors);
    countries = List.copyOf(countries);
    topics = List.copyOf(topics);
    corrections = List.copyOf(corrections);
  }

  /**
   * This briefing without its Markdown body, once the body is rendered: a build of many briefings
   * keeps only what pages and feeds read.
   */
  public Briefing withoutBody() {
    return new Briefing(
        file,
        path,
        title,
        summary,
        date,
        updated,
        authors,
        lang,
        countries,
        topics,
        photo,
        draft,
        slug,
        corrections,
        translationKey,
        "",
        bodyLine,
        dateline,
        expires,
        comments);
  }

  /** The site-relative URL path: {@code [lang/]YYYY/MM/slug/}. */
  public String sitePath(SiteConfig site) {
    // built by hand: String.format is slow on this path (every page asks) and would use the default
    // locale's digits
    StringBuilder path = new StringBuilder(site.languagePrefix(lang));
    String year = Integer.toString(date.getYear());
    path.append("0".repeat(Math.max(0, 4 - year.length()))).append(year).append('/');
    int month = date.getMonthValue();
    return path.append(month < 10 ? "0" : "")
        .append(month)
        .append('/')
        .append(slug)
        .append('/')
        .toString();
  }

  public List<String> countryCodes() {
    return countries.stream().map(Located::value).toList();
  }

  public List<String> topicSlugs() {
    return topics.stream().map(Located::value).toList();
  }

  /** The time it last changed: {@code updated}, else the latest correction, else {@code date}. */
  public ZonedDateTime lastModified() {
    ZonedDateTime last = updated != null && updated.isAfter(date) ? updated : date;
    for (Correction c : corrections) {
      if (c.date().isAfter(last)) {
        last = c.date();
      }
    }
    return last;
  }
}
