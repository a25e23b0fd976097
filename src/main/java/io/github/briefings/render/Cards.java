package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Correction;
import io.github.briefings.content.DeclaredTopic;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SitePaths;
import io.github.briefings.content.Slugs;
import io.github.briefings.render.view.BriefingView;
import io.github.briefings.render.view.BylineName;
import io.github.briefings.render.view.CorrectionView;
import io.github.briefings.render.view.CountryLink;
import io.github.briefings.render.view.DateView;
import io.github.briefings.render.view.Figure;
import io.github.briefings.render.view.TopicLink;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.SiteIndex;
import io.github.briefings.typography.Typography;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Briefings as lists show them ({@link BriefingView} cards, also the base of a briefing's own
 * page), their photos and dates: each card made once per build, when a page showing it is made.
 */
final class Cards {

  private final SiteConfig site;
  private final Countries countries;
  private final PageFrames frames;
  private final SiteIndex index;
  private final boolean termPages;
  private final Map<Integer, BriefingView> cards = new ConcurrentHashMap<>();

  /**
   * @param index the briefings of the build
   * @param termPages whether countries and topics link to their pages
   */
  Cards(
      SiteConfig site, Countries countries, PageFrames frames, SiteIndex index, boolean termPages) {
    this.site = site;
    this.countries = countries;
    this.frames = frames;
    this.index = index;
    this.termPages = termPages;
  }

  /** The card of {@code article}, one of the index's. */
  BriefingView card(Article article) {
    return cards.computeIfAbsent(index.ordinal(article), k -> make(article));
  }

  /** The cards of {@code articles}, in their order. */
  List<BriefingView> cards(List<Article> articles) {
    List<BriefingView> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(card(a));
    }
    return List.copyOf(out);
  }

  private BriefingView make(Article article) {
    Briefing b = article.briefing();
    String lang = b.lang();
    List<String> authors = b.authors().stream().map(name -> text(name, lang)).toList();
    List<CorrectionView> corrections = new ArrayList<>(b.corrections().size());
    for (Correction c : b.corrections()) {
      corrections.add(new CorrectionView(date(c.date(), lang), text(c.text(), lang)));
    }
    return new BriefingView(
        text(b.title(), lang),
        text(b.summary(), lang),
        site.url(article.sitePath()),
        site.absoluteUrl(article.sitePath()),
        lang,
        b.slug(),
        b.draft(),
        authors,
        Byline.join(authors, lang, frames.message(lang, "and", null)),
        bylineNames(b, authors, frames.message(lang, "and", null)),
        date(b.date(), lang),
        date(b.lastModified(), lang),
        b.updated() == null ? null : date(b.updated(), lang),
        text(b.dateline(), lang),
        countries(b, lang),
        topics(b, lang),
        article.photo() == null ? null : figure(article.photo(), lang),
        corrections,
        null,
        null,
        null,
        null);
  }

  /** Each of the byline's {@code names} (as shown) with its author's page. */
  private List<BylineName> bylineNames(Briefing b, List<String> names, String and) {
    String prefix = site.languagePrefix(b.lang());
    List<BylineName> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String slug = Slugs.author(b.authors().get(i));
      String url = termPages ? site.url(prefix + "authors/" + slug + "/") : null;
      out.add(new BylineName(names.get(i), url, Byline.separator(i, names.size(), b.lang(), and)));
    }
    return out;
  }

  private List<CountryLink> countries(Briefing b, String lang) {
    String prefix = site.languagePrefix(lang);
    List<CountryLink> out = new ArrayList<>();
    for (String code : b.countryCodes().stream().distinct().toList()) {
      out.add(
          new CountryLink(
              code,
              text(countries.name(code, lang), lang),
              termPages
                  ? site.url(prefix + "countries/" + code.toLowerCase(Locale.ROOT) + "/")
                  : null));
    }
    return out;
  }

  private List<TopicLink> topics(Briefing b, String lang) {
    String prefix = site.languagePrefix(lang);
    List<TopicLink> out = new ArrayList<>();
    for (String slug : b.topicSlugs().stream().distinct().toList()) {
      DeclaredTopic declared = site.topics().get(slug);
      out.add(
          new TopicLink(
              slug,
              declared == null ? slug : text(declared.label(lang, site.language()), lang),
              termPages ? site.url(prefix + "topics/" + slug + "/") : null));
    }
    return out;
  }

  /** {@code date} as the pages of {@code lang} show it. */
  DateView date(ZonedDateTime date, String lang) {
    return DateText.view(date, lang, frames.zonedTime(lang));
  }

  /** {@code photo} as the pages of {@code lang} show it. */
  Figure figure(Photo photo, String lang) {
    String path = SitePaths.encode(photo.sitePath());
    Photo.Variant src = photo.src();
    boolean copies = !photo.variants().isEmpty();
    return new Figure(
        site.url(SitePaths.encode(src.sitePath())),
        copies ? photo.srcset(site.basePath()) : null,
        copies ? Photo.LEAD_SIZES : null,
        copies ? Photo.BODY_SIZES : null,
        copies ? Photo.CARD_SIZES : null,
        site.url(path),
        site.absoluteUrl(path),
        photo.width(),
        photo.height(),
        src.width(),
        src.height(),
        photo.alt(),
        text(photo.caption(), lang),
        text(photo.credit(), lang),
        text(photo.creator(), lang),
        text(photo.copyright(), lang));
  }

  /**
   * Text from the briefings and the site's settings as the pages of {@code lang} show it ({@link
   * Typography}); null stays null.
   */
  static String text(String text, String lang) {
    return Typography.text(text, lang);
  }
}
