package io.github.briefings.render.view;

import java.util.List;
import java.util.Map;

/**
 * The variables every page template receives; each page template's own record adds its own. Records
 * implementing it carry these as their first components, so that a template reads them as top-level
 * variables ({@code site.title}, {@code page.kind}).
 */
public sealed interface PageModel
    permits HomePage,
        BriefingPage,
        TermsPage,
        TermPage,
        AuthorsPage,
        AuthorPage,
        CreditsPage,
        NotFoundPage,
        SearchPage {

  /** The site's settings as pages show them. */
  SiteView site();

  /** The page's language code ({@code fr}). */
  String lang();

  /** That language's home, base-path-absolute ({@code /} or {@code /en/}). */
  String homeUrl();

  /** The UI strings of the page's language. */
  Map<String, String> msg();

  /** The language switch: each language's home, or this page in that language. */
  List<LanguageLink> languageLinks();

  /** The site's sections. */
  Nav nav();

  /** This page: its kind, URLs, title and Open Graph locale. */
  PageView page();
}
