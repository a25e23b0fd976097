package io.github.briefings.metadata;

import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Correction;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SitePaths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a briefing's schema.org {@code NewsArticle} as maps and lists, serialised by {@link ScriptJson}.
 *
 * @param site the site's settings (publisher, logo, URLs)
 */
public record NewsArticle(SiteConfig site) {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * The texts of a briefing as its page shows them (in its language, typography applied).
     *
     * @param headline the title
     * @param description the summary, or null
     * @param sections topic labels
     * @param countries ISO code → country name, in order
     * @param caption the lead photo's caption, or null
     */
    public record Texts(String headline, String description, List<String> sections, Map<String, String> countries,
            String caption) {
    }

    /** The JSON-LD object of the briefing. */
    public Map<String, Object> of(Article article, Texts texts) {
        Briefing b = article.briefing();
        String url = site.absoluteUrl(article.sitePath());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", typed("WebPage", "@id", url));
        ld.put("url", url);
        ld.put("headline", texts.headline());
        if (texts.description() != null && !texts.description().isBlank()) {
            ld.put("description", texts.description());
        }
        ld.put("datePublished", ISO.format(b.date()));
        ld.put("dateModified", ISO.format(b.lastModified()));
        List<Map<String, Object>> authors = new ArrayList<>();
        for (String name : b.authors()) {
            authors.add(typed("Person", "name", name));
        }
        ld.put("author", authors);
        ld.put("publisher", publisher());
        ld.put("inLanguage", b.lang());
        if (!texts.sections().isEmpty()) {
            ld.put("articleSection", texts.sections());
        }
        if (!texts.countries().isEmpty()) {
            List<Map<String, Object>> about = new ArrayList<>();
            texts.countries().forEach((code, name) -> {
                Map<String, Object> country = new LinkedHashMap<>();
                country.put("@type", "Country");
                country.put("identifier", code);
                country.put("name", name);
                about.add(country);
            });
            ld.put("about", about);
        }
        if (article.photo() != null) {
            ld.put("image", image(article.photo(), texts.caption()));
        }
        if (b.dateline() != null) {
            ld.put("dateline", b.dateline());
        }
        if (!b.corrections().isEmpty()) {
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (Correction c : b.corrections()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("@type", "CorrectionComment");
                entry.put("datePublished", ISO.format(c.date()));
                entry.put("text", c.text());
                corrections.add(entry);
            }
            ld.put("correction", corrections);
        }
        return ld;
    }

    /** The JSON-LD of the briefing, escaped for a {@code <script>} element. */
    public String json(Article article, Texts texts) {
        return ScriptJson.write(of(article, texts));
    }

    private Map<String, Object> publisher() {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", site.publisherName());
        org.put("url", site.baseUrl().toString());
        String logo = site.logoUrl();
        if (logo != null) {
            org.put("logo", typed("ImageObject", "url", logo));
        }
        return org;
    }

    private Map<String, Object> image(Photo photo, String caption) {
        Map<String, Object> img = new LinkedHashMap<>();
        img.put("@type", "ImageObject");
        String src = site.absoluteUrl(SitePaths.encode(photo.sitePath()));
        img.put("contentUrl", src);
        img.put("url", src);
        img.put("width", photo.width());
        img.put("height", photo.height());
        if (caption != null && !caption.isBlank()) {
            img.put("caption", caption);
        }
        if (photo.credit() != null && !photo.credit().isBlank()) {
            img.put("creditText", photo.credit());
        }
        if (photo.creator() != null && !photo.creator().isBlank()) {
            img.put("creator", typed("Person", "name", photo.creator()));
        }
        if (photo.copyright() != null && !photo.copyright().isBlank()) {
            img.put("copyrightNotice", photo.copyright());
        }
        return img;
    }

    /**
     * {@code {"@type": type, key: value}} in that order: JSON-LD is written in the maps' order, and Map.of's
     * changes from one JVM to the next (the same site must give the same bytes).
     */
    private static Map<String, Object> typed(String type, String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@type", type);
        out.put(key, value);
        return out;
    }
}
