package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Correction;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SitePaths;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds every page of the site as a {@link PageJob}: plain maps and lists the templates read. */
public final class PageModels {

    private final SiteConfig site;
    private final Countries countries;
    private final Topics topics;
    private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();
    private final Map<String, Object> siteView;
    private final List<Map<String, Object>> languageLinks = new ArrayList<>();

    public PageModels(SiteConfig site, Theme theme, Countries countries, Topics topics) {
        this.site = site;
        this.countries = countries;
        this.topics = topics;
        for (String lang : site.languages()) {
            messages.put(lang, Map.copyOf(theme.messages(lang)));
            Locale locale = Locale.forLanguageTag(lang);
            String name = locale.getDisplayLanguage(locale);
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("lang", lang);
            link.put("name", name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
            link.put("url", site.url(site.languagePrefix(lang)));
            languageLinks.add(Map.copyOf(link));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", site.title());
        view.put("baseUrl", site.baseUrl().toString());
        view.put("basePath", site.basePath());
        view.put("language", site.language());
        view.put("languages", site.languages());
        this.siteView = Map.copyOf(view);
    }

    /** Every page: each language's paginated home, each briefing, and the 404 page. */
    public List<PageJob> jobs(Map<String, List<Article>> byLanguage) {
        List<PageJob> jobs = new ArrayList<>();
        for (String lang : site.languages()) {
            List<Article> articles = byLanguage.getOrDefault(lang, List.of());
            List<Map<String, Object>> cards = new ArrayList<>(articles.size());
            for (Article article : articles) {
                Map<String, Object> card = briefingView(article, false);
                cards.add(card);
                Map<String, Object> model = common(lang, "briefing", article.sitePath(), article.briefing().title());
                model.put("briefing", briefingView(article, true));
                jobs.add(new PageJob(article.sitePath() + "index.html", "briefing.ftlh", model, lang));
            }
            jobs.addAll(listing(lang, site.languagePrefix(lang), cards));
        }
        Map<String, Object> notFound = common(site.language(), "notfound", "404.html",
                messages.get(site.language()).getOrDefault("notFoundTitle", "Page not found"));
        jobs.add(new PageJob("404.html", "404.ftlh", notFound, site.language()));
        return jobs;
    }

    private List<PageJob> listing(String lang, String prefix, List<Map<String, Object>> cards) {
        int size = site.pageSize();
        int total = Math.max(1, (cards.size() + size - 1) / size);
        List<PageJob> jobs = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            String sitePath = pagePath(prefix, number);
            Map<String, Object> model = common(lang, "home", sitePath, site.title());
            model.put("briefings", cards.subList((number - 1) * size, Math.min(cards.size(), number * size)));
            model.put("pagination", pagination(prefix, number, total));
            jobs.add(new PageJob(sitePath + "index.html", "home.ftlh", model, lang));
        }
        return jobs;
    }

    private static String pagePath(String prefix, int number) {
        return number == 1 ? prefix : prefix + "page/" + number + "/";
    }

    private Map<String, Object> pagination(String prefix, int number, int total) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", number);
        p.put("total", total);
        if (number > 1) {
            p.put("prevUrl", site.url(pagePath(prefix, number - 1)));
        }
        if (number < total) {
            p.put("nextUrl", site.url(pagePath(prefix, number + 1)));
        }
        List<Map<String, Object>> pages = new ArrayList<>(total);
        for (int i = 1; i <= total; i++) {
            pages.add(Map.of("number", i, "url", site.url(pagePath(prefix, i)), "current", i == number));
        }
        p.put("pages", pages);
        return p;
    }

    private Map<String, Object> common(String lang, String kind, String sitePath, String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteView);
        model.put("lang", lang);
        model.put("homeUrl", site.url(site.languagePrefix(lang)));
        model.put("msg", messages.get(lang));
        model.put("languageLinks", languageLinks);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", kind);
        page.put("url", site.url(sitePath));
        page.put("absoluteUrl", site.absoluteUrl(sitePath));
        page.put("title", title);
        model.put("page", page);
        return model;
    }

    private Map<String, Object> briefingView(Article article, boolean full) {
        Briefing b = article.briefing();
        String lang = b.lang();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", b.title());
        view.put("summary", b.summary());
        view.put("url", site.url(article.sitePath()));
        view.put("absoluteUrl", site.absoluteUrl(article.sitePath()));
        view.put("lang", lang);
        view.put("slug", b.slug());
        view.put("draft", b.draft());
        view.put("authors", b.authors());
        view.put("byline", Byline.join(b.authors(), lang, messages.get(lang).get("and")));
        view.put("date", DateText.view(b.date(), lang));
        if (b.updated() != null) {
            view.put("updated", DateText.view(b.updated(), lang));
        }
        List<Map<String, Object>> countryViews = new ArrayList<>();
        for (String code : b.countryCodes().stream().distinct().toList()) {
            countryViews.add(Map.of("code", code, "name", countries.name(code, lang)));
        }
        view.put("countries", countryViews);
        List<Map<String, Object>> topicViews = new ArrayList<>();
        for (String slug : b.topicSlugs().stream().distinct().toList()) {
            topicViews.add(Map.of("slug", slug, "label", topics.label(slug, lang)));
        }
        view.put("topics", topicViews);
        if (article.photo() != null) {
            view.put("photo", figure(article.photo()));
        }
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (Correction c : b.corrections()) {
            corrections.add(Map.of("date", DateText.view(c.date(), lang), "text", c.text()));
        }
        view.put("corrections", corrections);
        if (full) {
            view.put("bodyHtml", article.bodyHtml());
        }
        return view;
    }

    private Map<String, Object> figure(Photo photo) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("src", site.url(SitePaths.encode(photo.sitePath())));
        f.put("width", photo.width());
        f.put("height", photo.height());
        f.put("alt", photo.alt());
        if (photo.caption() != null) {
            f.put("caption", photo.caption());
        }
        if (photo.credit() != null) {
            f.put("credit", photo.credit());
        }
        return f;
    }
}
