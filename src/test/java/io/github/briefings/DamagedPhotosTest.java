package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo whose image data is cut short or cannot be decoded is an error, never published. */
class DamagedPhotosTest {

  @TempDir Path tmp;

  private static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** A JPEG of four-channel (CMYK-like) data, as print workflows make. */
  private static byte[] fourChannelJpeg(int width, int height) throws IOException {
    WritableRaster raster = Raster.createBandedRaster(0, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, new int[] {x % 256, y % 256, 40, 10});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(raster, null, null), null);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private List<String> errorsFor(byte[] photo, String name) throws IOException {
    TestProject p = new TestProject(tmp);
    Files.createDirectories(tmp.resolve("content/images"));
    Files.write(tmp.resolve("content/images/" + name), photo);
    p.briefingWithPhoto("content/2024/x.md", "X", "images/" + name, "A photo");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isFalse();
    assertThat(p.out()).doesNotExist();
    return result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
  }

  @Test
  void aJpegCutShortIsAnErrorAtThePhotosLine() throws IOException {
    byte[] whole = jpeg(600, 400);
    assertThat(errorsFor(Arrays.copyOf(whole, whole.length / 3), "cut.jpg"))
        .singleElement()
        .asString()
        .startsWith("content/2024/x.md:9:8: error: photo 'images/cut.jpg': the image data is")
        .contains("damaged or cut short")
        .endsWith("export the photo again and replace the file");
  }

  @Test
  void aCmykJpegIsRefusedWithWhatToDo() throws IOException {
    assertThat(errorsFor(fourChannelJpeg(300, 200), "print.jpg"))
        .singleElement()
        .asString()
        .isEqualTo(
            "content/2024/x.md:9:8: error: photo 'images/print.jpg': the photo is in CMYK colours"
                + " (made for print), which would come out washed out: export it in RGB (sRGB) and"
                + " replace the file");
  }

  @Test
  void aWholePhotoIsDecodedOnceAndRemembered() throws IOException {
    TestProject p = new TestProject(tmp);
    Files.createDirectories(tmp.resolve("content/images"));
    Files.write(tmp.resolve("content/images/ok.jpg"), jpeg(300, 200));
    p.briefingWithPhoto("content/2024/x.md", "X", "images/ok.jpg", "A photo");
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    try (var marks = Files.list(tmp.resolve("target/briefing-cache/images"))) {
      assertThat(marks.filter(f -> f.toString().endsWith(".whole"))).hasSize(1);
    }
  }
}
