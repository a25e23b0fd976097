package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.render.view.BriefingLink;
import io.github.briefings.render.view.CreditedPhoto;
import io.github.briefings.render.view.CreditsPage;
import io.github.briefings.taxonomy.Paging;
import io.github.briefings.taxonomy.SiteIndex;
import io.github.briefings.taxonomy.Term;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per language, {@code credits/} and its further pages ({@code credits/page/2/} …): every photo its
 * briefings show (lead and inline, newest briefing first), each once per caption and credit, with
 * the briefings it appears in, then the photos of the authors with a page, {@link
 * PageModels#CREDITS_PAGE_SIZE} to a page ({@link CreditsPage}).
 */
final class CreditsPages {

  /**
   * One entry of the credits pages: a photo with one caption and credit, and the briefings showing
   * it.
   */
  private record CreditItem(
      List<String> key, Photo photo, List<Article> shownBy, List<Term> authors) {}

  private final SiteConfig site;
  private final PageFrames frames;
  private final Cards cards;
  private final SiteIndex index;
  private final boolean termPages;
  private final Map<String, Photo> authorPhotos;

  /**
   * @param authorPhotos the declared authors' photos by slug, listed after the briefings' (with
   *     {@code termPages}, which gives authors their pages)
   */
  CreditsPages(
      SiteConfig site,
      PageFrames frames,
      Cards cards,
      SiteIndex index,
      boolean termPages,
      Map<String, Photo> authorPhotos) {
    this.site = site;
    this.frames = frames;
    this.cards = cards;
    this.index = index;
    this.termPages = termPages;
    this.authorPhotos = authorPhotos;
  }

  /** The credits pages of every language that {@code selection} wants. */
  List<PageJob> jobs(PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    for (String lang : site.languages()) {
      String listingPath = site.languagePrefix(lang) + "credits/";
      if (!selection.wantsUnder(listingPath)) {
        continue;
      }
      List<CreditItem> items = creditItems(lang);
      for (Paging.Page<CreditItem> page :
          Paging.pages(items, PageModels.CREDITS_PAGE_SIZE, listingPath)) {
        if (selection.wants(page.sitePath() + "index.html")) {
          jobs.add(job(lang, page));
        }
      }
    }
    return jobs;
  }

  private PageJob job(String lang, Paging.Page<CreditItem> page) {
    ZonedDateTime newest = null;
    List<Article> shownBy = new ArrayList<>();
    Set<Article> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    StringBuilder keys =
        new StringBuilder("credits ")
            .append(lang)
            .append(' ')
            .append(termPages)
            .append(' ')
            .append(page.number())
            .append('/')
            .append(page.total());
    for (CreditItem item : page.items()) {
      keys.append('\n').append(item.key());
      item.authors().forEach(t -> keys.append(' ').append(t.key()).append(' ').append(t.name()));
      for (Article a : item.shownBy()) {
        if (seen.add(a)) {
          shownBy.add(a);
        }
        if (newest == null || a.briefing().lastModified().isAfter(newest)) {
          newest = a.briefing().lastModified();
        }
      }
    }
    // made from the briefings showing its photos: their fingerprints say whether it must be made
    // again
    PageInputs inputs = new PageInputs(keys.toString(), shownBy);
    return new PageJob(
        page.sitePath() + "index.html",
        CreditsPage.TEMPLATE,
        () -> model(lang, page),
        lang,
        newest,
        true,
        () -> inputs);
  }

  /** A language's credit entries, in the order its briefings (newest first) show the photos. */
  private List<CreditItem> creditItems(String lang) {
    Map<List<String>, CreditItem> items = new LinkedHashMap<>();
    for (Article a : index.briefings(lang)) {
      Set<List<String>> shownByThis = new HashSet<>();
      for (Photo p : a.photos()) {
        List<String> key = Arrays.asList(p.sitePath(), p.caption(), p.credit());
        CreditItem item =
            items.computeIfAbsent(
                key, k -> new CreditItem(k, p, new ArrayList<>(), new ArrayList<>()));
        if (shownByThis.add(key)) {
          item.shownBy().add(a);
        }
      }
    }
    if (termPages) {
      for (Term author : index.authors(lang)) {
        Photo p = authorPhotos.get(author.key());
        if (p != null) {
          List<String> key = Arrays.asList(p.sitePath(), p.caption(), p.credit());
          items
              .computeIfAbsent(key, k -> new CreditItem(k, p, new ArrayList<>(), new ArrayList<>()))
              .authors()
              .add(author);
        }
      }
    }
    return List.copyOf(items.values());
  }

  private CreditsPage model(String lang, Paging.Page<CreditItem> page) {
    String title = frames.message(lang, "photoCredits", "Photo credits");
    if (page.number() > 1) {
      title = title + " — " + frames.message(lang, "page", "Page") + " " + page.number();
    }
    List<CreditedPhoto> photos = new ArrayList<>(page.items().size());
    for (CreditItem entry : page.items()) {
      List<BriefingLink> links = new ArrayList<>(entry.shownBy().size());
      for (Article a : entry.shownBy()) {
        links.add(new BriefingLink(Cards.text(a.briefing().title(), lang), site.url(a.sitePath())));
      }
      for (Term author : entry.authors()) {
        links.add(new BriefingLink(Cards.text(author.name(), lang), site.url(author.sitePath())));
      }
      photos.add(CreditedPhoto.of(cards.figure(entry.photo(), lang), links));
    }
    return CreditsPage.of(
        frames.frame(lang, "credits", page.sitePath(), title, termPages, "credits"),
        List.copyOf(photos),
        Paginations.of(page, site));
  }
}
