package io.github.briefings.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.problems.Problem;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Checks a page's schema.org {@code NewsArticle} JSON-LD for what search engines and social
 * networks truncate or refuse: it must parse; a long headline, a missing or long description and a
 * lead image too narrow for a large social card are warnings.
 */
final class NewsMetadataCheck {

  /** Longest headline before search results cut it. */
  static final int MAX_HEADLINE = 110;

  /** Longest description before it is cut. */
  static final int MAX_DESCRIPTION = 300;

  /** Narrowest image for a large social card. */
  static final int MIN_IMAGE_WIDTH = 1200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsMetadataCheck() {}

  /** Adds the problems of the page's JSON-LD to {@code problems}. */
  static void check(String path, Document doc, List<Problem> problems) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Range.Position at = script.sourceRange().start();
      int line = Math.max(0, at.lineNumber());
      int column = Math.max(0, at.columnNumber());
      JsonNode ld;
      try {
        ld = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        problems.add(
            Problem.error(
                path,
                line,
                column,
                "JSON-LD is not valid JSON ("
                    + e.getOriginalMessage()
                    + "): fix the template that writes it"));
        continue;
      }
      if (ld == null || !"NewsArticle".equals(ld.path("@type").asText())) {
        continue;
      }
      checkArticle(path, line, column, ld, problems);
    }
  }

  /** The warnings about a NewsArticle's headline, description and image, at its script. */
  private static void checkArticle(
      String path, int line, int column, JsonNode ld, List<Problem> problems) {
    String headline = ld.path("headline").asText("");
    int length = headline.codePointCount(0, headline.length());
    if (length > MAX_HEADLINE) {
      problems.add(
          Problem.warning(
              path,
              line,
              column,
              "title is "
                  + length
                  + " characters long: "
                  + "search engines cut titles over "
                  + MAX_HEADLINE
                  + "; shorten it"));
    }
    String description = ld.path("description").asText("");
    int descriptionLength = description.codePointCount(0, description.length());
    if (description.isBlank()) {
      problems.add(
          Problem.warning(
              path,
              line,
              column,
              "briefing has no summary: search results and "
                  + "social cards show one; add 'summary:'"));
    } else if (descriptionLength > MAX_DESCRIPTION) {
      problems.add(
          Problem.warning(
              path,
              line,
              column,
              "summary is "
                  + descriptionLength
                  + " characters long: over "
                  + MAX_DESCRIPTION
                  + " it is cut in search results; shorten it"));
    }
    JsonNode image = ld.path("image");
    if (image.has("width") && image.path("width").asInt() < MIN_IMAGE_WIDTH) {
      problems.add(
          Problem.warning(
              path,
              line,
              column,
              "lead image is "
                  + image.path("width").asInt()
                  + " px wide: social networks need at least "
                  + MIN_IMAGE_WIDTH
                  + " px for a large card; use a wider photo"));
    }
  }
}
