package io.github.briefings.render;

import io.github.briefings.render.view.PageModel;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * One page to write: where it goes and what renders it.
 *
 * @param sitePath the file's path relative to the site root ({@code 2024/11/x/index.html})
 * @param template the template's name
 * @param models makes the variables the template receives, a record of {@link
 *     io.github.briefings.render.view} (a briefing's page makes them only when it renders, so that
 *     a build holds few pages' models at once)
 * @param lang the page's language (for number and date formats)
 * @param lastModified when its content last changed (for the site map), or null
 * @param listed whether the site map lists it
 * @param inputs makes what its model is made from, or is null: then the model itself is
 *     fingerprinted (a briefing's page has one, so an unchanged page is known without making its
 *     model)
 */
public record PageJob(
    String sitePath,
    String template,
    Supplier<PageModel> models,
    String lang,
    ZonedDateTime lastModified,
    boolean listed,
    Supplier<PageInputs> inputs) {

  /** A page whose model is made already. */
  public PageJob(
      String sitePath,
      String template,
      PageModel model,
      String lang,
      ZonedDateTime lastModified,
      boolean listed) {
    this(sitePath, template, () -> model, lang, lastModified, listed, null);
  }

  /** The variables the template receives, made on each call for a lazy page. */
  public PageModel model() {
    return models.get();
  }

  /** This page with its model made: render and fingerprint it once. */
  public PageJob withModel(PageModel model) {
    return new PageJob(sitePath, template, () -> model, lang, lastModified, listed, inputs);
  }

  /** The page's URL path relative to the site root: {@code index.html} dropped. */
  public String urlPath() {
    return sitePath.endsWith("index.html")
        ? sitePath.substring(0, sitePath.length() - "index.html".length())
        : sitePath;
  }
}
