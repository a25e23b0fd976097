package io.github.briefings.render.view;

import java.util.List;

/**
 * A briefing: on a card in a listing, or on its own page, which adds its body, JSON-LD, related
 * briefings and translations ({@link #onItsPage}). Texts carry the typography of its language.
 *
 * @param title its title
 * @param summary its summary
 * @param url its page, base-path-absolute
 * @param absoluteUrl its page, absolute
 * @param lang its language
 * @param slug its slug
 * @param draft whether it is a draft
 * @param authors its authors' names
 * @param byline the names joined ("A, B et C")
 * @param bylineNames each name with its author's page, in the byline's order
 * @param date when it was published
 * @param modified the later of {@code updated} and its newest correction, else {@code date}
 * @param updated when it was updated, or null
 * @param dateline where it was filed from, or null
 * @param countries the countries it is about
 * @param topics the topics it is about
 * @param photo its lead photo, or null
 * @param corrections its corrections
 * @param bodyHtml its body as clean HTML; null on a card
 * @param jsonLd its schema.org {@code NewsArticle}, made safe for {@code <script>}; null on a card
 * @param related up to 4 related briefings (cards); null on a card
 * @param translations its other versions; null on a card
 */
public record BriefingView(
    String title,
    String summary,
    String url,
    String absoluteUrl,
    String lang,
    String slug,
    boolean draft,
    List<String> authors,
    String byline,
    List<BylineName> bylineNames,
    DateView date,
    DateView modified,
    DateView updated,
    String dateline,
    List<CountryLink> countries,
    List<TopicLink> topics,
    Figure photo,
    List<CorrectionView> corrections,
    String bodyHtml,
    String jsonLd,
    List<BriefingView> related,
    List<Translation> translations) {

  public BriefingView {
    authors = List.copyOf(authors);
    bylineNames = List.copyOf(bylineNames);
    countries = List.copyOf(countries);
    topics = List.copyOf(topics);
    corrections = List.copyOf(corrections);
    related = related == null ? null : List.copyOf(related);
    translations = translations == null ? null : List.copyOf(translations);
  }

  /** This card on the briefing's own page. */
  public BriefingView onItsPage(
      String bodyHtml, String jsonLd, List<BriefingView> related, List<Translation> translations) {
    return new BriefingView(
        title,
        summary,
        url,
        absoluteUrl,
        lang,
        slug,
        draft,
        authors,
        byline,
        bylineNames,
        date,
        modified,
        updated,
        dateline,
        countries,
        topics,
        photo,
        corrections,
        bodyHtml,
        jsonLd,
        related,
        translations);
  }
}
