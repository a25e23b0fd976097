package io.github.briefings;

import io.github.briefings.build.BuildOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** A small real project on disk for tests: site.yaml, briefings and images made here. */
public final class TestProject {

  public static final String SITE_YAML =
      """
            title: "Test Briefings"
            baseUrl: https://example.github.io/briefings/
            language: fr
            languages: [fr, en]
            timezone: Europe/Paris
            pageSize: 2
            topics:
              defence: { fr: "Défense", en: "Defence" }
              diplomacy: { fr: "Diplomatie", en: "Diplomacy" }
            """;

  /**
   * Comments from giscus with made-up ids, to append to {@link #SITE_YAML} ({@link #withComments});
   * the category needs escaping in an attribute.
   */
  public static final String COMMENTS_YAML =
      """
            comments:
              giscus:
                repo: newsroom/briefings
                repoId: R_kgDOabc123
                category: 'Q&A "live" <b>'
                categoryId: DIC_kwDOabc123
            """;

  private final Path dir;

  public TestProject(Path dir) {
    this.dir = dir;
    write("site/site.yaml", SITE_YAML);
  }

  /** The settings with comments on ({@link #COMMENTS_YAML}). */
  public TestProject withComments() {
    return write("site/site.yaml", SITE_YAML + COMMENTS_YAML);
  }

  public Path dir() {
    return dir;
  }

  public TestProject write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a real JPEG of the given size. */
  public TestProject image(String path, int width, int height) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setColor(new Color(40, 90, 160));
      g.fillRect(0, 0, width, height);
      g.dispose();
      ImageIO.write(img, "jpg", file.toFile());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid briefing with a lead photo at images/lead.jpg (which this writes too). */
  public TestProject briefing(String path, String title, String date, String extra) {
    image("content/images/lead.jpg", 40, 30);
    return write(
        path,
        """
                ---
                title: "%s"
                summary: "A short standfirst."
                date: %s
                author: Jean Dupont
                countries: [RU, KP]
                topics: [defence]
                photo:
                  src: images/lead.jpg
                  alt: "A grey building"
                  caption: "The building, in November."
                  credit: "Illustration : Briefings"
                %s---
                Body of the briefing.
                """
            .formatted(title, date, extra));
  }

  /** A valid briefing dated 2024-11-06 whose lead photo is {@code src} (written by the caller). */
  public TestProject briefingWithPhoto(String path, String title, String src, String alt) {
    return write(
        path,
        """
                ---
                title: "%s"
                summary: "A short standfirst."
                date: 2024-11-06
                author: Jean Dupont
                countries: [RU]
                topics: [defence]
                photo:
                  src: %s
                  alt: "%s"
                  credit: "Photo / Agency"
                ---
                Body.
                """
            .formatted(title, src, alt));
  }

  public BuildOptions options() {
    return BuildOptions.defaults(dir).withNow(Instant.parse("2024-12-01T00:00:00Z")).withThreads(2);
  }

  public Path out() {
    return dir.resolve("target/briefing-site");
  }

  public String read(String sitePath) {
    try {
      return Files.readString(out().resolve(sitePath), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file under {@code dir}, by relative path, with the SHA-256 of its bytes: to compare whole
   * outputs.
   */
  public static Map<String, String> hashes(Path dir) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(
            dir.relativize(f).toString(),
            HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(f))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
