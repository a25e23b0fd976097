package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.metadata.NewsArticle;
import io.github.briefings.metadata.OgLocale;
import io.github.briefings.render.view.Alternate;
import io.github.briefings.render.view.BriefingPage;
import io.github.briefings.render.view.BriefingView;
import io.github.briefings.render.view.CorrectionView;
import io.github.briefings.render.view.CountryLink;
import io.github.briefings.render.view.Figure;
import io.github.briefings.render.view.PageFrame;
import io.github.briefings.render.view.TopicLink;
import io.github.briefings.render.view.Translation;
import io.github.briefings.taxonomy.SiteIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each briefing's page ({@link BriefingPage}): its card with its body, related and translations.
 */
final class BriefingPages {

  private final SiteConfig site;
  private final PageFrames frames;
  private final Cards cards;
  private final NewsArticle newsArticle;
  private final SiteIndex index;
  private final boolean termPages;
  private final Map<String, List<Article>> relatedBySitePath = new ConcurrentHashMap<>();

  BriefingPages(
      SiteConfig site,
      PageFrames frames,
      Cards cards,
      NewsArticle newsArticle,
      SiteIndex index,
      boolean termPages) {
    this.site = site;
    this.frames = frames;
    this.cards = cards;
    this.newsArticle = newsArticle;
    this.index = index;
    this.termPages = termPages;
  }

  /** The page of each briefing {@code selection} wants; its model is made when it renders. */
  List<PageJob> jobs(PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>(index.all().size());
    for (Article a : index.all()) {
      if (!selection.wants(a.sitePath() + "index.html")) {
        continue;
      }
      // made when the page renders: a build never holds every briefing page's model at once
      jobs.add(
          new PageJob(
              a.sitePath() + "index.html",
              BriefingPage.TEMPLATE,
              () -> model(a),
              a.briefing().lang(),
              a.briefing().lastModified(),
              true,
              () -> inputs(a)));
    }
    return jobs;
  }

  /**
   * A briefing's related briefings, found once per build (its page's fingerprint and model both
   * ask).
   */
  private List<Article> related(Article article) {
    return relatedBySitePath.computeIfAbsent(
        article.sitePath(), k -> index.related(article, PageModels.RELATED));
  }

  /**
   * What a briefing's page is made from besides the site's settings and theme: the briefing, its
   * related briefings and its translations (their fingerprints say everything the page shows of
   * them).
   */
  private PageInputs inputs(Article article) {
    List<Article> shown = new ArrayList<>(1 + PageModels.RELATED);
    shown.add(article);
    List<Article> related = termPages ? related(article) : List.of();
    shown.addAll(related);
    List<Article> translations = index.translations(article);
    shown.addAll(translations);
    return new PageInputs(
        "briefing "
            + termPages
            + " related "
            + related.size()
            + " translations "
            + translations.size(),
        shown);
  }

  private BriefingPage model(Article article) {
    String lang = article.briefing().lang();
    BriefingView card = cards.card(article);
    List<Article> versions = index.translations(article);
    List<Translation> translations = new ArrayList<>(versions.size());
    List<Alternate> alternates = new ArrayList<>(versions.size() + 1);
    Map<String, String> targets = new LinkedHashMap<>();
    if (!versions.isEmpty()) {
      alternates.add(alternate(lang, article));
    }
    for (Article t : versions) {
      String tl = t.briefing().lang();
      translations.add(
          new Translation(
              tl,
              frames.languageName(tl),
              Cards.text(t.briefing().title(), tl),
              site.url(t.sitePath()),
              site.absoluteUrl(t.sitePath())));
      alternates.add(alternate(tl, t));
      targets.put(tl, t.sitePath());
    }
    targets.put(lang, article.sitePath());
    BriefingView view =
        card.onItsPage(
            article.bodyHtml(),
            newsArticle.json(article, jsonLdTexts(card)),
            termPages ? cards.cards(related(article)) : List.of(),
            translations);
    PageFrame frame =
        frames.frame(
            lang,
            "briefing",
            article.sitePath(),
            article.briefing().title(),
            termPages,
            null,
            targets);
    return BriefingPage.of(
        frame, view, List.copyOf(alternates), CommentsSections.of(site, article));
  }

  private Alternate alternate(String lang, Article version) {
    return new Alternate(lang, site.absoluteUrl(version.sitePath()), OgLocale.of(lang));
  }

  /** The texts of a briefing's JSON-LD, as its page shows them. */
  private static NewsArticle.Texts jsonLdTexts(BriefingView view) {
    Map<String, String> countryNames = new LinkedHashMap<>();
    for (CountryLink c : view.countries()) {
      countryNames.put(c.code(), c.name());
    }
    Figure photo = view.photo();
    NewsArticle.ImageTexts image =
        photo == null
            ? null
            : new NewsArticle.ImageTexts(
                photo.caption(), photo.credit(), photo.creator(), photo.copyright());
    return new NewsArticle.Texts(
        view.title(),
        view.summary(),
        view.authors(),
        view.topics().stream().map(TopicLink::label).toList(),
        countryNames,
        view.dateline(),
        view.corrections().stream().map(CorrectionView::text).toList(),
        image);
  }
}
