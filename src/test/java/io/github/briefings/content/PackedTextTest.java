package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PackedTextTest {

  private static final String BODY =
      "<p>Le traité entre la Russie et la Corée du Nord, ratifié le 9\u202fnovembre, prévoit"
          + " une «\u00a0assistance militaire\u00a0» mutuelle\u00a0; Koursk en est le premier"
          + " terrain.</p>\n";

  @Test
  void whatIsPackedIsUnpackedToTheSameText() {
    for (String text : new String[] {"", "a", BODY, BODY.repeat(5000), "\uD83D\uDCF0 emoji"}) {
      assertThat(PackedText.unpack(PackedText.pack(text))).isEqualTo(text);
    }
  }

  @Test
  void aBodyTakesAFractionOfItsUtf8AndTheSameTextPacksToTheSameBytes() {
    String body = BODY.repeat(40);
    byte[] packed = PackedText.pack(body);
    assertThat(packed.length).isLessThan(body.getBytes(StandardCharsets.UTF_8).length / 3);
    assertThat(PackedText.pack(body)).isEqualTo(packed);
  }

  @Test
  void somethingNotPackedHereIsRefusedNotMisread() {
    byte[] packed = PackedText.pack(BODY.repeat(10));
    byte[] cut = Arrays.copyOf(packed, packed.length / 2);
    byte[] badLength = packed.clone();
    badLength[0] = (byte) 0x80;
    assertThatThrownBy(() -> PackedText.unpack(cut)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PackedText.unpack(badLength))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PackedText.unpack(new byte[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
