package io.github.briefings.output;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.render.PageInputs;
import io.github.briefings.render.PageJob;
import io.github.briefings.taxonomy.SiteIndex;
import io.github.briefings.taxonomy.Term;
import io.github.briefings.typography.Typography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes what machines read, from the same index as the pages: Atom feeds (per language, and per
 * country, topic and author), {@code sitemap.xml}, {@code news-sitemap.xml} and {@code robots.txt}.
 */
public final class Syndication {

  /** How many briefings a feed carries. */
  public static final int FEED_SIZE = 50;

  /** How far back the news site map reaches from the build's clock. */
  public static final java.time.Duration NEWS_WINDOW = java.time.Duration.ofDays(2);

  private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src)=\")/(?!/)");
  private static final Pattern SRCSET = Pattern.compile("(\\ssrcset=\")([^\"]*)\"");
  private static final Pattern SRCSET_ENTRY = Pattern.compile("(^|,\\s*)/(?!/)");

  private final SiteConfig site;
  private final SiteIndex index;
  private final Path root;
  private final String origin;

  /**
   * Feed entries by article URL: a briefing appears in its language's feed and in each of its
   * terms'.
   */
  private final Map<String, FeedEntry> entryCache = new ConcurrentHashMap<>();

  private final SiteOutput output;
  private final String settings;
  private volatile ShownBriefings shown = ShownBriefings.NONE;

  /** Feeds and site maps written into {@code root}, all of them. */
  public Syndication(SiteConfig site, SiteIndex index, Path root) {
    this(site, index, root, null, null);
  }

  /**
   * Feeds and site maps written into {@code output}; a feed whose briefings are unchanged (by their
   * fingerprints and {@code settings}) is not made again.
   */
  public Syndication(SiteConfig site, SiteIndex index, SiteOutput output, String settings) {
    this(site, index, output.root(), output, settings);
  }

  private Syndication(
      SiteConfig site, SiteIndex index, Path root, SiteOutput output, String settings) {
    this.site = site;
    this.index = index;
    this.root = root;
    this.output = output;
    this.settings = settings;
    URI base = site.baseUrl();
    this.origin = base.getScheme() + "://" + base.getRawAuthority();
  }

  /**
   * Every feed: each language's, and with {@code termFeeds} each country's, topic's and author's.
   * Returns how many.
   */
  public int writeFeeds(boolean termFeeds) {
    return writeFeeds(termFeeds, sitePath -> true);
  }

  /**
   * Of every feed, writes those whose site path {@code wanted} accepts (the others are left as they
   * are). Returns how many feeds the site has.
   */
  public int writeFeeds(boolean termFeeds, java.util.function.Predicate<String> wanted) {
    List<Runnable> feeds = new ArrayList<>();
    int count = 0;
    for (String lang : site.languages()) {
      String prefix = site.languagePrefix(lang);
      List<Term> terms = new ArrayList<>();
      if (termFeeds) {
        terms.addAll(index.countries(lang));
        terms.addAll(index.topics(lang));
        terms.addAll(index.authors(lang));
      }
      count += 1 + terms.size();
      if (wanted.test(prefix + "feed.xml")) {
        feeds.add(
            () -> feed(prefix + "feed.xml", prefix, site.title(), lang, index.briefings(lang)));
      }
      for (Term t : terms) {
        if (wanted.test(t.sitePath() + "feed.xml")) {
          feeds.add(
              () ->
                  feed(
                      t.sitePath() + "feed.xml",
                      t.sitePath(),
                      site.title() + " — " + Typography.text(t.name(), lang),
                      lang,
                      t.articles()));
        }
      }
    }
    feeds.parallelStream().forEach(Runnable::run);
    return count;
  }

  /** Tells {@code record} which briefings each feed shows. */
  public Syndication recording(ShownBriefings record) {
    this.shown = record;
    return this;
  }

  private void feed(
      String sitePath, String pagePath, String title, String lang, List<Article> articles) {
    List<Article> shown = articles.subList(0, Math.min(FEED_SIZE, articles.size()));
    String fingerprint = null;
    this.shown.shows(sitePath, shown);
    if (output != null) {
      PageInputs inputs = new PageInputs(String.join("\n", sitePath, pagePath, title, lang), shown);
      fingerprint = "feed " + inputs.addTo(new Fingerprint().add(settings)).hex();
      if (output.unchanged(sitePath, fingerprint)) {
        return;
      }
    }
    List<FeedEntry> entries = new ArrayList<>();
    ZonedDateTime updated = null;
    for (Article a : shown) {
      FeedEntry e = entryCache.computeIfAbsent(a.sitePath(), k -> entry(a));
      entries.add(e);
      if (updated == null || e.updated().isAfter(updated)) {
        updated = e.updated();
      }
    }
    if (updated == null) {
      updated = ZonedDateTime.ofInstant(Instant.EPOCH, site.timezone());
    }
    Path file = root.resolve(sitePath);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    new AtomFeed(
            site.absoluteUrl(sitePath), site.absoluteUrl(pagePath), title, lang, updated, entries)
        .write(file);
    if (output != null) {
      output.written(sitePath, fingerprint);
    }
  }

  private FeedEntry entry(Article a) {
    Briefing b = a.briefing();
    String lang = b.lang();
    String prefix = site.languagePrefix(lang);
    List<FeedEntry.Category> categories = new ArrayList<>();
    for (String code : b.countryCodes().stream().distinct().toList()) {
      String path = prefix + "countries/" + code.toLowerCase(Locale.ROOT) + "/";
      String name = index.term("countries", lang, code).map(Term::name).orElse(code);
      categories.add(
          new FeedEntry.Category(code, site.absoluteUrl(path), Typography.text(name, lang)));
    }
    for (String slug : b.topicSlugs().stream().distinct().toList()) {
      String path = prefix + "topics/" + slug + "/";
      String name = index.term("topics", lang, slug).map(Term::name).orElse(slug);
      categories.add(
          new FeedEntry.Category(slug, site.absoluteUrl(path), Typography.text(name, lang)));
    }
    // the same typography as the page: the body has it already, the fields get it here
    List<String> authors = b.authors().stream().map(name -> Typography.text(name, lang)).toList();
    return new FeedEntry(
        site.absoluteUrl(a.sitePath()),
        Typography.text(b.title(), lang),
        Typography.text(b.summary(), lang),
        absolute(a.bodyHtml()),
        b.date(),
        b.lastModified(),
        authors,
        categories,
        lang);
  }

  /**
   * Makes root-relative {@code href}, {@code src} and {@code srcset} URLs absolute, for readers
   * outside the site.
   */
  String absolute(String html) {
    Matcher m = ROOT_RELATIVE.matcher(html);
    String out = m.find() ? m.replaceAll("$1" + Matcher.quoteReplacement(origin) + "/") : html;
    Matcher s = SRCSET.matcher(out);
    return s.find()
        ? s.replaceAll(
            r ->
                Matcher.quoteReplacement(
                    r.group(1)
                        + SRCSET_ENTRY
                            .matcher(r.group(2))
                            .replaceAll("$1" + Matcher.quoteReplacement(origin) + "/")
                        + "\""))
        : out;
  }

  /**
   * Writes the site maps of {@code pages}, the news site map of the last two days and {@code
   * robots.txt}.
   */
  public void writeSitemaps(List<PageJob> pages, Instant now) {
    Sitemaps sitemaps = new Sitemaps(root, site.baseUrl().toString());
    List<Sitemaps.Page> entries = new ArrayList<>();
    for (PageJob job : pages) {
      if (job.listed()) {
        entries.add(new Sitemaps.Page(site.absoluteUrl(job.urlPath()), job.lastModified()));
      }
    }
    entries.sort(Comparator.comparing(Sitemaps.Page::url));
    loose(sitemaps.writePages(entries));
    writeNewsSitemap(sitemaps, now);
    try {
      Files.writeString(root.resolve("robots.txt"), sitemaps.robotsTxt(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loose(List.of("robots.txt"));
  }

  /** Site maps and {@code robots.txt} are fingerprinted by their bytes once written. */
  private void loose(List<String> sitePaths) {
    if (output != null) {
      sitePaths.forEach(output::writtenLoose);
    }
  }

  /** How many briefings the news site map lists at {@code now}: those of the last two days. */
  public int newsCount(Instant now) {
    return recent(now).size();
  }

  /** Writes only the news site map (its parts as many as {@link #newsCount} says). */
  public void writeNewsSitemap(Instant now) {
    writeNewsSitemap(new Sitemaps(root, site.baseUrl().toString()), now);
  }

  private List<Article> recent(Instant now) {
    Instant from = now.minus(NEWS_WINDOW);
    List<Article> recent = new ArrayList<>();
    for (String lang : site.languages()) {
      for (Article a : index.briefings(lang)) {
        Instant published = a.briefing().date().toInstant();
        if (published.isBefore(from)) {
          break;
        }
        if (!published.isAfter(now)) {
          recent.add(a);
        }
      }
    }
    recent.sort(SiteIndex.NEWEST_FIRST);
    return recent;
  }

  private void writeNewsSitemap(Sitemaps sitemaps, Instant now) {
    List<Sitemaps.NewsItem> news = new ArrayList<>();
    for (Article a : recent(now)) {
      String lang = a.briefing().lang();
      news.add(
          new Sitemaps.NewsItem(
              site.absoluteUrl(a.sitePath()),
              Typography.text(a.briefing().title(), lang),
              lang,
              a.briefing().date()));
    }
    loose(sitemaps.writeNews(news, site.title()));
  }
}
