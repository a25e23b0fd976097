package io.github.briefings.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PNG whose text chunk inflates to far more than memory holds is refused before inflating. */
class PngTextLimitTest {

  @TempDir Path tmp;

  /** A 4×3 PNG with a zTXt chunk holding {@code inflated} zero bytes, deflated. */
  private static byte[] pngWithText(long inflated) throws IOException {
    ByteArrayOutputStream image = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", image);
    byte[] plain = image.toByteArray();

    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.write("Comment".getBytes(StandardCharsets.ISO_8859_1));
    data.write(0); // end of keyword
    data.write(0); // deflate
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] zeros = new byte[1 << 20];
      for (long left = inflated; left > 0; left -= zeros.length) {
        z.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
    }
    byte[] body = data.toByteArray();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 33); // signature and IHDR
    DataOutputStream chunk = new DataOutputStream(out);
    chunk.writeInt(body.length);
    byte[] type = "zTXt".getBytes(StandardCharsets.ISO_8859_1);
    chunk.write(type);
    chunk.write(body);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(body);
    chunk.writeInt((int) crc.getValue());
    out.write(plain, 33, plain.length - 33);
    return out.toByteArray();
  }

  private PhotoText read(byte[] png, Problems problems) throws IOException {
    Path file = Files.write(tmp.resolve("x.png"), png);
    return new EmbeddedText().read(PhotoFile.read(file), "content/images/x.png", problems);
  }

  @Test
  void aTextChunkThatWouldInflateToHundredsOfMegabytesIsRefused() throws IOException {
    byte[] png = pngWithText(200L << 20);
    assertThat(png.length).isLessThan(1 << 20);
    Problems problems = new Problems();
    PhotoText text = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(png, problems));
    assertThat(text).isEqualTo(PhotoText.NONE);
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith("content/images/x.png: warning: cannot read the photo's embedded metadata")
        .contains("zTXt chunk holds")
        .contains("more than the 64 KiB read");
  }

  @Test
  void aSmallTextChunkIsRead() throws IOException {
    Problems problems = new Problems();
    read(pngWithText(1000), problems);
    assertThat(problems.sorted()).isEmpty();
  }
}
