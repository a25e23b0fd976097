package io.github.briefings.build;

import io.github.briefings.content.BriefingLoader;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.output.SiteOutput;
import io.github.briefings.output.SiteWriter;
import io.github.briefings.photos.PhotoResolver;
import io.github.briefings.photos.PhotoVariants;
import io.github.briefings.render.PageModels;
import io.github.briefings.render.PageRenderer;
import io.github.briefings.render.Theme;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.TermCheck;
import io.github.briefings.taxonomy.Topics;
import java.util.Map;

/**
 * What the settings stage makes ready for the others: the site's settings and names, the theme, the
 * tools that load a briefing, and the keys of the work.
 *
 * @param site site.yaml
 * @param countries the countries' names
 * @param topics the declared topics
 * @param theme the templates and UI strings
 * @param markdown the body renderer
 * @param photos finds a briefing's photos
 * @param variants plans and makes the photos' resized copies
 * @param loader reads a briefing's front matter
 * @param terms checks a briefing's countries and topics
 * @param bodies the bodies earlier builds rendered
 * @param keys what each kind of work is made from
 * @param authorPhotos the declared authors' photos, by slug
 */
public record Settings(
    SiteConfig site,
    Countries countries,
    Topics topics,
    Theme theme,
    MarkdownRenderer markdown,
    PhotoResolver photos,
    PhotoVariants variants,
    BriefingLoader loader,
    TermCheck terms,
    RenderedBodies bodies,
    WorkKeys keys,
    Map<String, Photo> authorPhotos) {

  public Settings {
    authorPhotos = Map.copyOf(authorPhotos);
  }

  /** A writer of pages and files into {@code output}, skipping those it holds already. */
  public SiteWriter writer(SiteOutput output) {
    return new SiteWriter(output, new PageRenderer(theme), keys.pages(), keys.pageTemplates());
  }

  /** The pages' models, made from the index. */
  public PageModels pageModels() {
    return new PageModels(site, theme, countries, authorPhotos);
  }
}
