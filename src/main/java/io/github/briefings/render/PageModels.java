package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Correction;
import io.github.briefings.content.DeclaredTopic;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SitePaths;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.metadata.NewsArticle;
import io.github.briefings.metadata.OgLocale;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.Paging;
import io.github.briefings.taxonomy.SiteIndex;
import io.github.briefings.taxonomy.Term;
import io.github.briefings.typography.Typography;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds every page of the site as a {@link PageJob}: plain maps and lists the templates read,
 * computed once from the {@link SiteIndex} (a briefing's card is shared by every listing showing
 * it).
 */
public final class PageModels {

  /**
   * The templates pages are rendered with (the others, such as the layout, are included by them).
   */
  public static final java.util.Set<String> PAGE_TEMPLATES =
      java.util.Set.of(
          "home.ftlh", "briefing.ftlh", "term.ftlh", "terms.ftlh", "credits.ftlh", "404.ftlh");

  /** How many related briefings a briefing page shows. */
  public static final int RELATED = 4;

  /** How many photos a credits page shows. */
  public static final int CREDITS_PAGE_SIZE = 100;

  /** How many countries and topics the home page shows. */
  public static final int TOP_TERMS = 8;

  private final SiteConfig site;
  private final Countries countries;
  private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();
  private final Map<String, ZonedTimeText> zonedTimes = new LinkedHashMap<>();
  private final Map<String, String> languageNames = new LinkedHashMap<>();
  private final Map<String, Object> siteView;
  private final NewsArticle newsArticle;
  private final Map<Integer, Map<String, Object>> cards =
      new java.util.concurrent.ConcurrentHashMap<>();
  private boolean cardTermLinks;
  private final Map<String, List<Article>> relatedBySitePath =
      new java.util.concurrent.ConcurrentHashMap<>();
  private SiteIndex cardIndex;

  public PageModels(SiteConfig site, Theme theme, Countries countries) {
    this.site = site;
    this.countries = countries;
    for (String lang : site.languages()) {
      messages.put(lang, Map.copyOf(theme.messages(lang)));
      zonedTimes.put(lang, ZonedTimeText.of(site.timezone(), lang, messages.get(lang)));
      Locale locale = Locale.forLanguageTag(lang);
      String name = locale.getDisplayLanguage(locale);
      languageNames.put(
          lang,
          name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", site.title());
    view.put("baseUrl", site.baseUrl().toString());
    view.put("basePath", site.basePath());
    view.put("language", site.language());
    view.put("languages", site.languages());
    this.siteView = Map.copyOf(view);
    this.newsArticle = new NewsArticle(site);
  }

  /**
   * A briefing's related briefings, found once per build (its page's fingerprint and model both
   * ask).
   */
  private List<Article> related(Article article) {
    return relatedBySitePath.computeIfAbsent(
        article.sitePath(), k -> cardIndex.related(article, RELATED));
  }

  /** The site path of a language's feed. */
  public String feedPath(String lang) {
    return site.languagePrefix(lang) + "feed.xml";
  }

  /**
   * Every page: per language its paginated home, each briefing, and (with {@code termPages}) the
   * country and topic indexes and pages; then each language's photo credits page and the 404 page.
   */
  public List<PageJob> jobs(SiteIndex index, boolean termPages) {
    return jobs(index, termPages, PageSelection.ALL);
  }

  /** The pages {@code selection} wants, of those {@link #jobs(SiteIndex, boolean)} makes. */
  public List<PageJob> jobs(SiteIndex index, boolean termPages, PageSelection selection) {
    cardIndex = index;
    cardTermLinks = termPages;
    List<PageJob> jobs = new ArrayList<>(index.all().size() + 64);
    for (Article a : index.all()) {
      if (!selection.wants(a.sitePath() + "index.html")) {
        continue;
      }
      // made when the page renders: a build never holds every briefing page's model at once
      jobs.add(
          new PageJob(
              a.sitePath() + "index.html",
              "briefing.ftlh",
              () -> briefingModel(index, a, termPages),
              a.briefing().lang(),
              a.briefing().lastModified(),
              true,
              () -> briefingInputs(a, termPages)));
    }
    for (String lang : site.languages()) {
      List<Article> articles = index.briefings(lang);
      Map<String, Object> extra = new LinkedHashMap<>();
      if (termPages) {
        extra.put("topCountries", termLinks(SiteIndex.top(index.countries(lang), TOP_TERMS)));
        extra.put("topTopics", termLinks(SiteIndex.top(index.topics(lang), TOP_TERMS)));
      }
      jobs.addAll(
          listing(
              lang,
              "home",
              "home.ftlh",
              site.languagePrefix(lang),
              articles,
              site.title(),
              feedPath(lang),
              extra,
              termPages,
              selection));
      if (termPages) {
        jobs.addAll(termPages(lang, "countries", index.countries(lang), selection));
        jobs.addAll(termPages(lang, "topics", index.topics(lang), selection));
      }
    }
    jobs.addAll(creditsPages(index, termPages, selection));
    if (selection.wants("404.html")) {
      Map<String, Object> notFound =
          common(
              site.language(),
              "notfound",
              "404.html",
              messages.get(site.language()).getOrDefault("notFoundTitle", "Page not found"),
              termPages);
      jobs.add(new PageJob("404.html", "404.ftlh", notFound, site.language(), null, false));
    }
    return jobs;
  }

  /**
   * Per language, {@code credits/} and its further pages ({@code credits/page/2/} …): every photo
   * its briefings show (lead and inline, newest briefing first), each once per caption and credit,
   * with the briefings it appears in, {@link #CREDITS_PAGE_SIZE} to a page.
   */
  private List<PageJob> creditsPages(SiteIndex index, boolean termPages, PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    for (String lang : site.languages()) {
      String listingPath = site.languagePrefix(lang) + "credits/";
      if (!selection.wantsUnder(listingPath)) {
        continue;
      }
      List<CreditItem> items = creditItems(index, lang);
      for (Paging.Page<CreditItem> page : Paging.pages(items, CREDITS_PAGE_SIZE, listingPath)) {
        if (!selection.wants(page.sitePath() + "index.html")) {
          continue;
        }
        ZonedDateTime newest = null;
        List<Article> shownBy = new ArrayList<>();
        java.util.Set<Article> seen =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
          for (Article a : item.shownBy()) {
            if (seen.add(a)) {
              shownBy.add(a);
            }
            if (newest == null || a.briefing().lastModified().isAfter(newest)) {
              newest = a.briefing().lastModified();
            }
          }
        }
        // made from the briefings showing its photos: their fingerprints say whether it must be
        // made again
        PageInputs inputs = new PageInputs(keys.toString(), shownBy);
        jobs.add(
            new PageJob(
                page.sitePath() + "index.html",
                "credits.ftlh",
                () -> creditsModel(lang, page, termPages),
                lang,
                newest,
                true,
                () -> inputs));
      }
    }
    return jobs;
  }

  /**
   * One entry of the credits pages: a photo with one caption and credit, and the briefings showing
   * it.
   */
  private record CreditItem(List<String> key, Photo photo, List<Article> shownBy) {}

  /** A language's credit entries, in the order its briefings (newest first) show the photos. */
  private static List<CreditItem> creditItems(SiteIndex index, String lang) {
    Map<List<String>, CreditItem> items = new LinkedHashMap<>();
    for (Article a : index.briefings(lang)) {
      for (Photo p : a.photos()) {
        List<String> key = Arrays.asList(p.sitePath(), p.caption(), p.credit());
        CreditItem item = items.computeIfAbsent(key, k -> new CreditItem(k, p, new ArrayList<>()));
        List<Article> by = item.shownBy();
        if (by.isEmpty() || by.get(by.size() - 1) != a) {
          by.add(a);
        }
      }
    }
    return List.copyOf(items.values());
  }

  private Map<String, Object> creditsModel(
      String lang, Paging.Page<CreditItem> page, boolean termPages) {
    Map<String, String> msg = messages.get(lang);
    String title = msg.getOrDefault("photoCredits", "Photo credits");
    if (page.number() > 1) {
      title = title + " — " + msg.getOrDefault("page", "Page") + " " + page.number();
    }
    Map<String, Object> model = common(lang, "credits", page.sitePath(), title, termPages);
    List<Map<String, Object>> items = new ArrayList<>(page.items().size());
    for (CreditItem entry : page.items()) {
      Map<String, Object> item = new LinkedHashMap<>(figure(entry.photo(), lang));
      List<Map<String, Object>> links = new ArrayList<>(entry.shownBy().size());
      for (Article a : entry.shownBy()) {
        links.add(
            Map.of("title", typography(a.briefing().title(), lang), "url", site.url(a.sitePath())));
      }
      item.put("briefings", List.copyOf(links));
      items.add(item);
    }
    model.put("photos", items);
    model.put("pagination", pagination(page));
    return model;
  }

  /**
   * What a briefing's page is made from besides the site's settings and theme: the briefing, its
   * related briefings and its translations (their fingerprints say everything the page shows of
   * them).
   */
  private PageInputs briefingInputs(Article article, boolean termPages) {
    List<Article> shown = new ArrayList<>(1 + RELATED);
    shown.add(article);
    List<Article> related = termPages ? related(article) : List.of();
    shown.addAll(related);
    List<Article> translations = cardIndex.translations(article);
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

  private Map<String, Object> briefingModel(SiteIndex index, Article article, boolean termPages) {
    Briefing b = article.briefing();
    String lang = b.lang();
    Map<String, Object> model = common(lang, "briefing", article.sitePath(), b.title(), termPages);
    Map<String, Object> view = new LinkedHashMap<>(card(article));
    view.put("bodyHtml", article.bodyHtml());
    view.put("jsonLd", newsArticle.json(article, jsonLdTexts(view)));
    List<Map<String, Object>> related = new ArrayList<>();
    if (termPages) {
      for (Article r : related(article)) {
        related.add(card(r));
      }
    }
    view.put("related", related);
    List<Map<String, Object>> translations = new ArrayList<>();
    List<Map<String, Object>> alternates = new ArrayList<>();
    Map<String, String> languageTargets = new LinkedHashMap<>();
    List<Article> versions = index.translations(article);
    if (!versions.isEmpty()) {
      alternates.add(
          Map.of(
              "hreflang",
              lang,
              "href",
              site.absoluteUrl(article.sitePath()),
              "locale",
              OgLocale.of(lang)));
    }
    for (Article t : versions) {
      String tl = t.briefing().lang();
      translations.add(
          Map.of(
              "lang",
              tl,
              "language",
              languageNames.get(tl),
              "title",
              typography(t.briefing().title(), tl),
              "url",
              site.url(t.sitePath()),
              "absoluteUrl",
              site.absoluteUrl(t.sitePath())));
      alternates.add(
          Map.of(
              "hreflang", tl, "href", site.absoluteUrl(t.sitePath()), "locale", OgLocale.of(tl)));
      languageTargets.put(tl, site.url(t.sitePath()));
    }
    languageTargets.put(lang, site.url(article.sitePath()));
    view.put("translations", translations);
    model.put("briefing", view);
    model.put("alternates", alternates);
    model.put("languageLinks", languageLinks(languageTargets));
    return model;
  }

  /** The texts of a briefing's JSON-LD, as its page shows them. */
  @SuppressWarnings("unchecked")
  private static NewsArticle.Texts jsonLdTexts(Map<String, Object> view) {
    List<String> sections =
        ((List<Map<String, Object>>) view.get("topics"))
            .stream().map(t -> (String) t.get("label")).toList();
    Map<String, String> countryNames = new LinkedHashMap<>();
    for (Map<String, Object> c : (List<Map<String, Object>>) view.get("countries")) {
      countryNames.put((String) c.get("code"), (String) c.get("name"));
    }
    List<String> corrections =
        ((List<Map<String, Object>>) view.get("corrections"))
            .stream().map(c -> (String) c.get("text")).toList();
    Map<String, Object> photo = (Map<String, Object>) view.get("photo");
    NewsArticle.ImageTexts image =
        photo == null
            ? null
            : new NewsArticle.ImageTexts(
                (String) photo.get("caption"),
                (String) photo.get("credit"),
                (String) photo.get("creator"),
                (String) photo.get("copyright"));
    return new NewsArticle.Texts(
        (String) view.get("title"),
        (String) view.get("summary"),
        (List<String>) view.get("authors"),
        sections,
        countryNames,
        (String) view.get("dateline"),
        corrections,
        image);
  }

  private List<PageJob> listing(
      String lang,
      String kind,
      String template,
      String listingPath,
      List<Article> articles,
      String title,
      String feedPath,
      Map<String, Object> extra,
      boolean termPages,
      PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    for (Paging.Page<Article> page : Paging.pages(articles, site.pageSize(), listingPath)) {
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
              template,
              () -> listingModel(lang, kind, page, title, feedPath, extra, termPages),
              lang,
              lastModified,
              true,
              () -> listingInputs(lang, kind, page, title, feedPath, extra, termPages)));
    }
    return jobs;
  }

  private Map<String, Object> listingModel(
      String lang,
      String kind,
      Paging.Page<Article> page,
      String title,
      String feedPath,
      Map<String, Object> extra,
      boolean termPages) {
    Map<String, Object> model = common(lang, kind, page.sitePath(), title, termPages);
    List<Map<String, Object>> items = new ArrayList<>(page.items().size());
    for (Article a : page.items()) {
      items.add(card(a));
    }
    model.put("briefings", items);
    model.put("pagination", pagination(page));
    if (feedPath != null) {
      model.put("feedUrl", site.url(feedPath));
    }
    model.putAll(extra);
    return model;
  }

  /**
   * What a listing page is made from besides the settings and theme: its place, its extras, its
   * briefings.
   */
  private static PageInputs listingInputs(
      String lang,
      String kind,
      Paging.Page<Article> page,
      String title,
      String feedPath,
      Map<String, Object> extra,
      boolean termPages) {
    String place =
        new Fingerprint()
            .add(lang)
            .add(kind)
            .add(page.sitePath())
            .add(page.listingPath())
            .add(String.valueOf(page.number()))
            .add(String.valueOf(page.total()))
            .add(title)
            .add(feedPath)
            .add(String.valueOf(termPages))
            .addValue(extra)
            .hex();
    return new PageInputs("listing " + place, page.items());
  }

  private List<PageJob> termPages(
      String lang, String kind, List<Term> terms, PageSelection selection) {
    List<PageJob> jobs = new ArrayList<>();
    Map<String, String> msg = messages.get(lang);
    String indexPath = site.languagePrefix(lang) + kind + "/";
    if (!selection.wantsUnder(indexPath)) {
      return jobs;
    }
    String indexTitle = msg.getOrDefault(kind, kind);
    if (selection.wants(indexPath + "index.html")) {
      Map<String, Object> model = common(lang, kind, indexPath, indexTitle, true);
      model.put("taxonomy", Map.of("kind", kind, "title", indexTitle, "url", site.url(indexPath)));
      model.put("terms", termLinks(terms));
      ZonedDateTime newest =
          terms.stream()
              .map(t -> t.articles().get(0).briefing().lastModified())
              .max(ZonedDateTime::compareTo)
              .orElse(null);
      jobs.add(new PageJob(indexPath + "index.html", "terms.ftlh", model, lang, newest, true));
    }
    for (Term term : terms) {
      if (!selection.wantsUnder(term.sitePath())) {
        continue;
      }
      Map<String, Object> termView = new LinkedHashMap<>(termLink(term));
      termView.put("kind", kind);
      termView.put("taxonomyTitle", indexTitle);
      termView.put("taxonomyUrl", site.url(indexPath));
      if (kind.equals("topics")) {
        DeclaredTopic declared = site.topics().get(term.key());
        String description = declared == null ? null : declared.descriptions().get(lang);
        if (description != null) {
          termView.put("description", typography(description, lang));
        }
      }
      jobs.addAll(
          listing(
              lang,
              "term",
              "term.ftlh",
              term.sitePath(),
              term.articles(),
              term.name(),
              term.sitePath() + "feed.xml",
              Map.of("term", termView),
              true,
              selection));
    }
    return jobs;
  }

  private List<Map<String, Object>> termLinks(List<Term> terms) {
    List<Map<String, Object>> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      out.add(termLink(t));
    }
    return out;
  }

  private Map<String, Object> termLink(Term t) {
    return Map.of(
        "key",
        t.key(),
        "code",
        t.key(),
        "name",
        typography(t.name(), t.lang()),
        "url",
        site.url(t.sitePath()),
        "count",
        t.count(),
        "feedUrl",
        site.url(t.sitePath() + "feed.xml"));
  }

  private Map<String, Object> pagination(Paging.Page<?> page) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", page.number());
    p.put("total", page.total());
    if (page.hasPrevious()) {
      p.put("prevUrl", site.url(Paging.pagePath(page.listingPath(), page.number() - 1)));
    }
    if (page.hasNext()) {
      p.put("nextUrl", site.url(Paging.pagePath(page.listingPath(), page.number() + 1)));
    }
    // the first, the last and two either side of the current page: a window, not every page
    List<Map<String, Object>> pages = new ArrayList<>(7);
    for (int i = 1; i <= page.total(); i++) {
      if (i != 1 && i != page.total() && Math.abs(i - page.number()) > 2) {
        continue;
      }
      pages.add(
          Map.of(
              "number",
              i,
              "url",
              site.url(Paging.pagePath(page.listingPath(), i)),
              "current",
              i == page.number()));
    }
    p.put("pages", pages);
    return p;
  }

  private Map<String, Object> common(
      String lang, String kind, String sitePath, String title, boolean termPages) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", siteView);
    model.put("lang", lang);
    String home = site.languagePrefix(lang);
    model.put("homeUrl", site.url(home));
    model.put("msg", messages.get(lang));
    model.put("languageLinks", languageLinks(Map.of()));
    Map<String, Object> nav = new LinkedHashMap<>();
    nav.put("homeUrl", site.url(home));
    nav.put("creditsUrl", site.url(home + "credits/"));
    if (termPages) {
      nav.put("countriesUrl", site.url(home + "countries/"));
      nav.put("topicsUrl", site.url(home + "topics/"));
    }
    model.put("nav", nav);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("kind", kind);
    page.put("url", site.url(sitePath));
    page.put("absoluteUrl", site.absoluteUrl(sitePath));
    page.put("title", typography(title, lang));
    page.put("locale", OgLocale.of(lang));
    model.put("page", page);
    return model;
  }

  /** The language switch: each language's home, or the given page in that language. */
  private List<Map<String, Object>> languageLinks(Map<String, String> targets) {
    List<Map<String, Object>> links = new ArrayList<>();
    for (String lang : site.languages()) {
      links.add(
          Map.of(
              "lang",
              lang,
              "name",
              languageNames.get(lang),
              "url",
              targets.getOrDefault(lang, site.url(site.languagePrefix(lang)))));
    }
    return links;
  }

  /**
   * A briefing as lists show it (also the base of its own page's view), made once per build, when
   * first shown.
   */
  private Map<String, Object> card(Article article) {
    // made when a page showing it is made, once per build
    return cards.computeIfAbsent(cardIndex.ordinal(article), k -> makeCard(article, cardTermLinks));
  }

  private Map<String, Object> makeCard(Article article, boolean termPages) {
    Briefing b = article.briefing();
    String lang = b.lang();
    String prefix = site.languagePrefix(lang);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", typography(b.title(), lang));
    view.put("summary", typography(b.summary(), lang));
    view.put("url", site.url(article.sitePath()));
    view.put("absoluteUrl", site.absoluteUrl(article.sitePath()));
    view.put("lang", lang);
    view.put("slug", b.slug());
    view.put("draft", b.draft());
    List<String> authors = b.authors().stream().map(name -> typography(name, lang)).toList();
    view.put("authors", authors);
    view.put("byline", Byline.join(authors, lang, messages.get(lang).get("and")));
    view.put("date", date(b.date(), lang));
    view.put("modified", date(b.lastModified(), lang));
    if (b.dateline() != null) {
      view.put("dateline", typography(b.dateline(), lang));
    }
    if (b.updated() != null) {
      view.put("updated", date(b.updated(), lang));
    }
    List<Map<String, Object>> countryViews = new ArrayList<>();
    for (String code : b.countryCodes().stream().distinct().toList()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("code", code);
      c.put("name", typography(countries.name(code, lang), lang));
      if (termPages) {
        c.put("url", site.url(prefix + "countries/" + code.toLowerCase(Locale.ROOT) + "/"));
      }
      countryViews.add(c);
    }
    view.put("countries", countryViews);
    List<Map<String, Object>> topicViews = new ArrayList<>();
    for (String slug : b.topicSlugs().stream().distinct().toList()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("slug", slug);
      DeclaredTopic declared = site.topics().get(slug);
      t.put(
          "label",
          declared == null ? slug : typography(declared.label(lang, site.language()), lang));
      if (termPages) {
        t.put("url", site.url(prefix + "topics/" + slug + "/"));
      }
      topicViews.add(t);
    }
    view.put("topics", topicViews);
    if (article.photo() != null) {
      view.put("photo", figure(article.photo(), lang));
    }
    List<Map<String, Object>> corrections = new ArrayList<>();
    for (Correction c : b.corrections()) {
      corrections.add(Map.of("date", date(c.date(), lang), "text", typography(c.text(), lang)));
    }
    view.put("corrections", corrections);
    return java.util.Collections.unmodifiableMap(view);
  }

  private Map<String, Object> date(ZonedDateTime date, String lang) {
    return DateText.view(date, lang, zonedTimes.get(lang));
  }

  /**
   * Text from the briefings and the site's settings as the pages of {@code lang} show it ({@link
   * Typography}).
   */
  private static String typography(String text, String lang) {
    return Typography.text(text, lang);
  }

  private Map<String, Object> figure(Photo photo, String lang) {
    Map<String, Object> f = new LinkedHashMap<>();
    String path = SitePaths.encode(photo.sitePath());
    Photo.Variant src = photo.src();
    f.put("src", site.url(SitePaths.encode(src.sitePath())));
    f.put("width", src.width());
    f.put("height", src.height());
    if (!photo.variants().isEmpty()) {
      f.put("srcset", photo.srcset(site.basePath()));
      f.put("sizes", Photo.LEAD_SIZES);
      f.put("bodySizes", Photo.BODY_SIZES);
      f.put("cardSizes", Photo.CARD_SIZES);
    }
    f.put("originalSrc", site.url(path));
    f.put("absoluteSrc", site.absoluteUrl(path));
    f.put("originalWidth", photo.width());
    f.put("originalHeight", photo.height());
    f.put("alt", photo.alt());
    putText(f, "caption", photo.caption(), lang);
    putText(f, "credit", photo.credit(), lang);
    putText(f, "creator", photo.creator(), lang);
    putText(f, "copyright", photo.copyright(), lang);
    return f;
  }

  /** Puts {@code text}, with the typography of {@code lang}, unless it is null. */
  private static void putText(Map<String, Object> view, String key, String text, String lang) {
    if (text != null) {
      view.put(key, typography(text, lang));
    }
  }
}
