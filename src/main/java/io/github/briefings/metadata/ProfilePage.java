package io.github.briefings.metadata;

import io.github.briefings.content.DeclaredAuthor;
import io.github.briefings.content.SiteConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds an author page's schema.org {@code ProfilePage}, whose {@code mainEntity} is the author
 * ({@code Person} or {@code Organization}), serialised by {@link ScriptJson}.
 *
 * @param site the site's settings (URLs)
 */
public record ProfilePage(SiteConfig site) {

  /**
   * The texts of an author as their page shows them (in its language, typography applied).
   *
   * @param name their name
   * @param role their role, or null
   * @param bio their bio, or null
   */
  public record Texts(String name, String role, String bio) {}

  /**
   * The JSON-LD object of an author's page.
   *
   * @param declared what site.yaml says of them, or null
   * @param pagePath their page's site path
   * @param imagePath their photo's site path (URL-encoded), or null
   * @param texts what their page says of them
   */
  public Map<String, Object> of(
      DeclaredAuthor declared, String pagePath, String imagePath, Texts texts) {
    String url = site.absoluteUrl(pagePath);
    Map<String, Object> entity = AuthorEntity.of(declared, texts.name(), url);
    if (present(texts.bio())) {
      entity.put("description", texts.bio());
    }
    if (imagePath != null) {
      entity.put("image", site.absoluteUrl(imagePath));
    }
    if (present(texts.role()) && "Person".equals(entity.get("@type"))) {
      entity.put("jobTitle", texts.role());
    }
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "ProfilePage");
    ld.put("url", url);
    ld.put("mainEntity", entity);
    return ld;
  }

  /** The JSON-LD of the author's page, escaped for a {@code <script>} element. */
  public String json(DeclaredAuthor declared, String pagePath, String imagePath, Texts texts) {
    return ScriptJson.write(of(declared, pagePath, imagePath, texts));
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
