package io.github.briefings.build;

import io.github.briefings.content.BriefingLoader;
import io.github.briefings.content.DeclaredAuthor;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.hash.TreeFingerprint;
import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.photos.PhotoResolver;
import io.github.briefings.photos.PhotoVariants;
import io.github.briefings.render.Theme;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.TermCheck;
import io.github.briefings.taxonomy.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stage "settings and theme": from site.yaml, the theme (the built-in templates and the
 * project's), the photo credit labels it sets for each language, and the keys of the work.
 */
final class SettingsAndTheme {

  private SettingsAndTheme() {}

  static Settings read(BuildRun run, SiteConfig site, SourceFiles sources, SettingsCache cache) {
    Path project = run.options().projectDir();
    Path templates = project.resolve("templates");
    SortedMap<String, String> templateFiles = TreeFingerprint.files(templates);
    Theme theme = cache.theme(templateFiles, () -> new Theme(templates));
    Map<String, String> creditLabels = new HashMap<>();
    for (String lang : site.languages()) {
      creditLabels.put(lang, theme.messages(lang).getOrDefault("photo", "Photo"));
    }
    MarkdownRenderer markdown =
        new MarkdownRenderer(
            site.baseUrl().toString(),
            site.basePath(),
            lang -> creditLabels.getOrDefault(lang, "Photo"));
    WorkKeys keys = cache.keys(run.options(), site, templateFiles, creditLabels, sources);
    Countries countries = new Countries(site);
    Topics topics = new Topics(site);
    PhotoVariants variants = new PhotoVariants(PhotoVariants.cacheDirOf(project));
    PhotoResolver photos =
        new PhotoResolver(
            project,
            project.resolve("content"),
            site.credits(),
            PhotoResolver.defaultSources(),
            variants);
    return new Settings(
        site,
        countries,
        topics,
        theme,
        markdown,
        photos,
        variants,
        new BriefingLoader(project, site),
        new TermCheck(countries, topics),
        cache.bodies(run.problems()),
        keys,
        authorPhotos(site, photos, project, run));
  }

  /**
   * The photos of the authors site.yaml declares, found under content/ and checked like every
   * photo; each problem is reported at its line in site.yaml.
   */
  private static Map<String, Photo> authorPhotos(
      SiteConfig site, PhotoResolver photos, Path project, BuildRun run) {
    Map<String, Photo> out = new TreeMap<>();
    // a path is looked for under content/, as a briefing's path is
    Path beside = project.resolve("content").resolve("site.yaml");
    for (DeclaredAuthor author : site.authors().values()) {
      if (author.photo() != null) {
        photos
            .resolve(author.photo(), beside, SiteConfigLoader.PATH, run.problems())
            .ifPresent(p -> out.put(author.slug(), p));
      }
    }
    return out;
  }
}
