import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a project of N briefings, each with its own W×H JPEG lead photo (different pixels, so
 * different hashes): java bench/GeneratePhotos.java DIR N [W H].
 */
public class GeneratePhotos {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int w = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    int h = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    Files.createDirectories(dir.resolve("content/images"));
    Files.createDirectories(dir.resolve("content/2024"));
    Files.createDirectories(dir.resolve("site"));
    Files.writeString(
        dir.resolve("site/site.yaml"),
        """
                title: "Image bench"
                baseUrl: https://example.org/bench/
                language: en
                languages: [en]
                timezone: UTC
                topics:
                  defence: { en: "Defence" }
                """);
    for (int i = 0; i < n; i++) {
      BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setPaint(
          new GradientPaint(
              0, 0, new Color(i * 37 % 256, 90, 160), w, h, new Color(230, i * 11 % 256, 40)));
      g.fillRect(0, 0, w, h);
      g.setColor(Color.WHITE);
      for (int k = 0; k < 40; k++) {
        g.fillOval((k * 131 + i * 17) % w, (k * 71 + i * 29) % h, 120, 80);
      }
      g.dispose();
      ImageIO.write(img, "jpg", dir.resolve("content/images/p" + i + ".jpg").toFile());
      Files.writeString(
          dir.resolve("content/2024/b" + i + ".md"),
          """
                    ---
                    title: "Briefing %d"
                    summary: "A briefing with a large photo."
                    date: 2024-11-%02d
                    author: Bench
                    countries: [RU]
                    topics: [defence]
                    photo:
                      src: images/p%d.jpg
                      alt: "Generated photo %d"
                      credit: "Bench / Generated"
                    ---
                    Body %d.
                    """
              .formatted(i, 1 + i % 28, i, i, i),
          StandardCharsets.UTF_8);
    }
  }
}
