package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.render.view.BriefingView;
import io.github.briefings.render.view.PageFrame;
import io.github.briefings.render.view.PageModel;
import io.github.briefings.render.view.Pagination;
import io.github.briefings.taxonomy.Paging;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pages of a paginated listing of briefings: a language's home, a country's or topic's. */
final class ListingPages {

  /**
   * One listing.
   *
   * @param lang its language
   * @param kind its pages' kind ({@code page.kind})
   * @param section the section its pages belong to ({@code nav.current})
   * @param template the template rendering its pages
   * @param listingPath its first page's site path
   * @param articles its briefings, in order
   * @param title its title, before typography
   * @param feedPath the site path of its feed
   * @param shown what its pages show besides their briefings, paging and frame, fingerprinted as
   *     their input (records, lists, strings)
   * @param model makes a page's model
   * @param targets where the language switch leads, by language (site paths of this listing in the
   *     other languages); a language not in it leads to its home
   */
  record Listing(
      String lang,
      String kind,
      String section,
      String template,
      String listingPath,
      List<Article> articles,
      String title,
      String feedPath,
      Object shown,
      Model model,
      Map<String, String> targets) {

    Listing {
      targets = Map.copyOf(targets);
    }

    /** A listing whose language switch leads to each language's home. */
    Listing(
        String lang,
        String kind,
        String section,
        String template,
        String listingPath,
        List<Article> articles,
        String title,
        String feedPath,
        Object shown,
        Model model) {
      this(
          lang,
          kind,
          section,
          template,
          listingPath,
          articles,
          title,
          feedPath,
          shown,
          model,
          Map.of());
    }
  }

  /** Makes the model of one page of a listing. */
  @FunctionalInterface
  interface Model {
    PageModel make(
        PageFrame frame, String feedUrl, List<BriefingView> briefings, Pagination pagination);
  }

  private final SiteConfig site;
  private final PageFrames frames;
  private final Cards cards;
  private final boolean termPages;

  ListingPages(SiteConfig site, PageFrames frames, Cards cards, boolean termPages) {
    this.site = site;
    this.frames = frames;
    this.cards = cards;
    this.termPages = termPages;
  }

  /** The pages of {@code listing} that {@code selection} wants. */
  List<PageJob> jobs(Listing listing, PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    for (Paging.Page<Article> page :
        Paging.pages(listing.articles(), site.pageSize(), listing.listingPath())) {
      if (!selection.wants(page.sitePath() + "index.html")) {
        continue;
      }
      ZonedDateTime lastModified = null;
      for (Article a : page.items()) {
        ZonedDateTime m = a.briefing().lastModified();
        if (lastModified == null || m.isAfter(lastModified)) {
          lastModified = m;
        }
      }
      // the model is made only when the page must be written; its inputs say whether it must
      jobs.add(
          new PageJob(
              page.sitePath() + "index.html",
              listing.template(),
              () -> model(listing, page),
              listing.lang(),
              lastModified,
              true,
              () -> inputs(listing, page)));
    }
    return jobs;
  }

  private PageModel model(Listing listing, Paging.Page<Article> page) {
    PageFrame frame =
        frames.frame(
            listing.lang(),
            listing.kind(),
            page.sitePath(),
            listing.title(),
            termPages,
            listing.section(),
            listing.targets());
    return listing
        .model()
        .make(
            frame,
            site.url(listing.feedPath()),
            cards.cards(page.items()),
            Paginations.of(page, site));
  }

  /**
   * What a listing page is made from besides the settings and theme: its place, what else it shows,
   * its briefings.
   */
  private PageInputs inputs(Listing listing, Paging.Page<Article> page) {
    String place =
        new Fingerprint()
            .add(listing.lang())
            .add(listing.kind())
            .add(listing.section())
            .add(page.sitePath())
            .add(page.listingPath())
            .add(String.valueOf(page.number()))
            .add(String.valueOf(page.total()))
            .add(listing.title())
            .add(listing.feedPath())
            .add(String.valueOf(termPages))
            .addValue(listing.shown())
            .addValue(listing.targets())
            .hex();
    return new PageInputs("listing " + place, page.items());
  }
}
