package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.metadata.NewsArticle;
import io.github.briefings.render.view.AuthorPage;
import io.github.briefings.render.view.AuthorsPage;
import io.github.briefings.render.view.BriefingPage;
import io.github.briefings.render.view.CreditsPage;
import io.github.briefings.render.view.HomePage;
import io.github.briefings.render.view.NotFoundPage;
import io.github.briefings.render.view.SearchPage;
import io.github.briefings.render.view.TermLink;
import io.github.briefings.render.view.TermPage;
import io.github.briefings.render.view.TermsPage;
import io.github.briefings.search.Pagefind;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.SiteIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds every page of the site as a {@link PageJob} whose model is a record of {@link
 * io.github.briefings.render.view}, computed from the {@link SiteIndex} (a briefing's card is
 * shared by every listing showing it).
 */
public final class PageModels {

  /**
   * The templates pages are rendered with (the others, such as the layout, are included by them).
   */
  public static final Set<String> PAGE_TEMPLATES =
      Set.of(
          HomePage.TEMPLATE,
          BriefingPage.TEMPLATE,
          TermPage.TEMPLATE,
          TermsPage.TEMPLATE,
          AuthorsPage.TEMPLATE,
          AuthorPage.TEMPLATE,
          CreditsPage.TEMPLATE,
          NotFoundPage.TEMPLATE,
          SearchPage.TEMPLATE);

  /** How many related briefings a briefing page shows. */
  public static final int RELATED = 4;

  /** How many photos a credits page shows. */
  public static final int CREDITS_PAGE_SIZE = 100;

  /** How many countries and topics the home page shows. */
  public static final int TOP_TERMS = 8;

  private final SiteConfig site;
  private final Countries countries;
  private final PageFrames frames;
  private final Map<String, Photo> authorPhotos;

  /** The pages of a site without author photos. */
  public PageModels(SiteConfig site, Theme theme, Countries countries) {
    this(site, theme, countries, Map.of());
  }

  /**
   * @param authorPhotos the declared authors' photos, by slug
   */
  public PageModels(
      SiteConfig site, Theme theme, Countries countries, Map<String, Photo> authorPhotos) {
    this.site = site;
    this.countries = countries;
    this.frames = new PageFrames(site, theme);
    this.authorPhotos = Map.copyOf(authorPhotos);
  }

  /** The site path of a language's feed. */
  public String feedPath(String lang) {
    return site.languagePrefix(lang) + "feed.xml";
  }

  /**
   * Every page: per language its paginated home, each briefing, and (with {@code termPages}) the
   * country, topic and author indexes and pages; then each language's photo credits page and the
   * 404 page.
   */
  public List<PageJob> jobs(SiteIndex index, boolean termPages) {
    return jobs(index, termPages, PageSelection.ALL);
  }

  /** The pages {@code selection} wants, of those {@link #jobs(SiteIndex, boolean)} makes. */
  public List<PageJob> jobs(SiteIndex index, boolean termPages, PageSelection selection) {
    Cards cards = new Cards(site, countries, frames, index, termPages);
    ListingPages listings = new ListingPages(site, frames, cards, termPages);
    TaxonomyPages taxonomies = new TaxonomyPages(site, frames, listings);
    AuthorPages authors = new AuthorPages(site, frames, listings, cards, authorPhotos);
    NewsArticle newsArticle = new NewsArticle(site, termPages);
    List<PageJob> jobs = new ArrayList<>(index.all().size() + 64);
    jobs.addAll(
        new BriefingPages(site, frames, cards, newsArticle, index, termPages).jobs(selection));
    for (String lang : site.languages()) {
      jobs.addAll(listings.jobs(home(lang, index, taxonomies, termPages), selection));
      if (termPages) {
        jobs.addAll(taxonomies.jobs(lang, "countries", index.countries(lang), selection));
        jobs.addAll(taxonomies.jobs(lang, "topics", index.topics(lang), selection));
        jobs.addAll(authors.jobs(lang, index, selection));
      }
    }
    jobs.addAll(
        new CreditsPages(site, frames, cards, index, termPages, authorPhotos).jobs(selection));
    if (site.search()) {
      jobs.addAll(searchPages(termPages, selection));
    }
    if (selection.wants("404.html")) {
      String lang = site.language();
      String title = frames.message(lang, "notFoundTitle", "Page not found");
      NotFoundPage notFound =
          NotFoundPage.of(frames.frame(lang, "notfound", "404.html", title, termPages, null));
      jobs.add(new PageJob("404.html", NotFoundPage.TEMPLATE, notFound, lang, null, false));
    }
    return jobs;
  }

  /** Each language's search page: not in the site map (it shows nothing without a query). */
  private List<PageJob> searchPages(boolean termPages, PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    for (String lang : site.languages()) {
      String folder = site.languagePrefix(lang) + PageFrames.SEARCH;
      String sitePath = folder + "index.html";
      if (selection.wants(sitePath)) {
        String title = frames.message(lang, "searchTitle", "Search");
        SearchPage page =
            SearchPage.of(
                frames.frame(lang, "search", folder, title, termPages, "search"),
                site.url(Pagefind.BUNDLE + "/"));
        jobs.add(new PageJob(sitePath, SearchPage.TEMPLATE, page, lang, null, false));
      }
    }
    return jobs;
  }

  /** A language's home listing: its latest briefings and, with term pages, the top terms. */
  private ListingPages.Listing home(
      String lang, SiteIndex index, TaxonomyPages taxonomies, boolean termPages) {
    List<TermLink> topCountries =
        termPages ? taxonomies.termLinks(SiteIndex.top(index.countries(lang), TOP_TERMS)) : null;
    List<TermLink> topTopics =
        termPages ? taxonomies.termLinks(SiteIndex.top(index.topics(lang), TOP_TERMS)) : null;
    List<Article> articles = index.briefings(lang);
    return new ListingPages.Listing(
        lang,
        "home",
        "home",
        HomePage.TEMPLATE,
        site.languagePrefix(lang),
        articles,
        site.title(),
        feedPath(lang),
        Arrays.asList(topCountries, topTopics),
        (frame, feedUrl, briefings, pagination) ->
            HomePage.of(frame, feedUrl, briefings, pagination, topCountries, topTopics));
  }
}
