package io.github.briefings.render;

import io.github.briefings.content.DeclaredAuthor;
import io.github.briefings.content.DeclaredAuthor.ProfileLink;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SitePaths;
import io.github.briefings.metadata.ProfilePage;
import io.github.briefings.render.view.AuthorPage;
import io.github.briefings.render.view.AuthorView;
import io.github.briefings.render.view.AuthorsPage;
import io.github.briefings.render.view.ElsewhereLink;
import io.github.briefings.render.view.Figure;
import io.github.briefings.taxonomy.SiteIndex;
import io.github.briefings.taxonomy.Term;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The authors' pages of a language: their index ({@link AuthorsPage}, {@code authors/}) and each
 * author's paginated listing ({@link AuthorPage}, {@code authors/SLUG/}), paged like a country's.
 */
final class AuthorPages {

  private final SiteConfig site;
  private final PageFrames frames;
  private final ListingPages listings;
  private final Cards cards;
  private final Map<String, Photo> photos;
  private final ProfilePage profile;

  AuthorPages(
      SiteConfig site,
      PageFrames frames,
      ListingPages listings,
      Cards cards,
      Map<String, Photo> photos) {
    this.site = site;
    this.frames = frames;
    this.listings = listings;
    this.cards = cards;
    this.photos = photos;
    this.profile = new ProfilePage(site);
  }

  /**
   * The index of the authors of {@code lang} and their pages that {@code selection} wants; the
   * language switch of an author's page leads to their page in {@code index}'s other languages
   * where they have one.
   */
  List<PageJob> jobs(String lang, SiteIndex index, PageSelection selection) {
    List<Term> authors = index.authors(lang);
    List<PageJob> jobs = new ArrayList<>();
    String indexPath = site.languagePrefix(lang) + "authors/";
    if (!selection.wantsUnder(indexPath)) {
      return jobs;
    }
    String title = frames.message(lang, "authors", "Authors");
    if (selection.wants(indexPath + "index.html")) {
      AuthorsPage model =
          AuthorsPage.of(
              frames.frame(lang, "authors", indexPath, title, true, "authors"),
              Cards.text(title, lang),
              TermLinks.of(site, authors));
      ZonedDateTime newest = TermLinks.newest(authors);
      jobs.add(
          new PageJob(indexPath + "index.html", AuthorsPage.TEMPLATE, model, lang, newest, true));
    }
    for (Term author : authors) {
      if (selection.wantsUnder(author.sitePath())) {
        Map<String, String> targets = new TreeMap<>();
        for (String other : site.languages()) {
          index
              .term("authors", other, author.key())
              .ifPresent(t -> targets.put(other, t.sitePath()));
        }
        jobs.addAll(listings.jobs(listing(lang, title, indexPath, author, targets), selection));
      }
    }
    return jobs;
  }

  /** One author's briefings. */
  private ListingPages.Listing listing(
      String lang, String title, String indexPath, Term author, Map<String, String> targets) {
    DeclaredAuthor declared = site.authors().get(author.key());
    AuthorView view = view(lang, title, indexPath, author, declared);
    Photo photo = photos.get(author.key());
    String jsonLd =
        profile.json(
            declared,
            author.sitePath(),
            photo == null ? null : SitePaths.encode(photo.sitePath()),
            new ProfilePage.Texts(view.name(), view.role(), view.bio()));
    return new ListingPages.Listing(
        lang,
        "author",
        "authors",
        AuthorPage.TEMPLATE,
        author.sitePath(),
        author.articles(),
        author.name(),
        author.sitePath() + "feed.xml",
        List.of(view, jsonLd),
        (frame, feedUrl, briefings, pagination) ->
            AuthorPage.of(frame, feedUrl, view, briefings, pagination, jsonLd),
        targets);
  }

  private AuthorView view(
      String lang, String title, String indexPath, Term author, DeclaredAuthor declared) {
    String role = declared == null ? null : declared.role(lang, site.language());
    String bio = declared == null ? null : declared.bio(lang, site.language());
    List<ElsewhereLink> links = new ArrayList<>();
    if (declared != null) {
      for (ProfileLink l : declared.links()) {
        links.add(new ElsewhereLink(l.kind(), l.url(), l.profile()));
      }
    }
    Photo photo = photos.get(author.key());
    Figure figure = photo == null ? null : cards.figure(photo, lang);
    return new AuthorView(
        author.key(),
        Cards.text(author.name(), lang),
        site.url(author.sitePath()),
        author.count(),
        site.url(author.sitePath() + "feed.xml"),
        declared != null && declared.organization() ? "organization" : "person",
        Cards.text(role, lang),
        Cards.text(bio, lang),
        figure,
        links,
        Cards.text(title, lang),
        site.url(indexPath));
  }
}
