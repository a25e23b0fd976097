package io.github.briefings.render;

import io.github.briefings.content.DeclaredTopic;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.render.view.Taxonomy;
import io.github.briefings.render.view.TermLink;
import io.github.briefings.render.view.TermPage;
import io.github.briefings.render.view.TermView;
import io.github.briefings.render.view.TermsPage;
import io.github.briefings.taxonomy.Term;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The countries' and topics' pages of a language: their index ({@link TermsPage}) and each one's
 * paginated listing ({@link TermPage}).
 */
final class TaxonomyPages {

  private final SiteConfig site;
  private final PageFrames frames;
  private final ListingPages listings;

  TaxonomyPages(SiteConfig site, PageFrames frames, ListingPages listings) {
    this.site = site;
    this.frames = frames;
    this.listings = listings;
  }

  /**
   * The index of {@code kind} ({@code countries} or {@code topics}) in {@code lang} and the pages
   * of its {@code terms}, those {@code selection} wants.
   */
  List<PageJob> jobs(String lang, String kind, List<Term> terms, PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    String indexPath = site.languagePrefix(lang) + kind + "/";
    if (!selection.wantsUnder(indexPath)) {
      return jobs;
    }
    Taxonomy taxonomy = new Taxonomy(kind, frames.message(lang, kind, kind), site.url(indexPath));
    if (selection.wants(indexPath + "index.html")) {
      TermsPage model =
          TermsPage.of(
              frames.frame(lang, kind, indexPath, taxonomy.title(), true, kind),
              taxonomy,
              termLinks(terms));
      ZonedDateTime newest = TermLinks.newest(terms);
      jobs.add(
          new PageJob(indexPath + "index.html", TermsPage.TEMPLATE, model, lang, newest, true));
    }
    for (Term term : terms) {
      if (selection.wantsUnder(term.sitePath())) {
        jobs.addAll(listings.jobs(listing(lang, taxonomy, term), selection));
      }
    }
    return jobs;
  }

  /** The listing of one country's or topic's briefings. */
  private ListingPages.Listing listing(String lang, Taxonomy taxonomy, Term term) {
    String description = null;
    if (taxonomy.kind().equals("topics")) {
      DeclaredTopic declared = site.topics().get(term.key());
      description = declared == null ? null : Cards.text(declared.descriptions().get(lang), lang);
    }
    TermView view =
        TermView.of(
            TermLinks.of(site, term),
            taxonomy.kind(),
            taxonomy.title(),
            taxonomy.url(),
            description);
    return new ListingPages.Listing(
        lang,
        "term",
        taxonomy.kind(),
        TermPage.TEMPLATE,
        term.sitePath(),
        term.articles(),
        term.name(),
        term.sitePath() + "feed.xml",
        view,
        (frame, feedUrl, briefings, pagination) ->
            TermPage.of(frame, feedUrl, view, briefings, pagination));
  }

  /** Each of {@code terms} with its count, linked to its page. */
  List<TermLink> termLinks(List<Term> terms) {
    return TermLinks.of(site, terms);
  }
}
