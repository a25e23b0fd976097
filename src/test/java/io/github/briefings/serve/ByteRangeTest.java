package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void parsesTheThreeFormsOfOneRange() {
    assertThat(ByteRange.parse("bytes=0-9", 100)).contains(new ByteRange(0, 10));
    assertThat(ByteRange.parse("bytes=90-", 100)).contains(new ByteRange(90, 10));
    assertThat(ByteRange.parse("bytes=-10", 100)).contains(new ByteRange(90, 10));
    assertThat(ByteRange.parse("bytes=-500", 100)).contains(new ByteRange(0, 100));
    assertThat(ByteRange.parse("bytes=50-5000", 100)).contains(new ByteRange(50, 50));
    assertThat(new ByteRange(10, 10).contentRange(100)).isEqualTo("bytes 10-19/100");
  }

  @Test
  void ignoresWhatItCannotServeAndRefusesWhatLiesPastTheEnd() {
    assertThat(ByteRange.parse(null, 100)).isEmpty();
    assertThat(ByteRange.parse("items=0-1", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=0-1,4-5", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=5-1", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=a-b", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=-", 100)).isEmpty();
    assertThat(ByteRange.parse("bytes=100-", 100)).contains(ByteRange.UNSATISFIABLE);
    assertThat(ByteRange.parse("bytes=-0", 100)).contains(ByteRange.UNSATISFIABLE);
    assertThat(ByteRange.parse("bytes=0-", 0)).contains(ByteRange.UNSATISFIABLE);
    assertThat(ByteRange.UNSATISFIABLE.contentRange(100)).isEqualTo("bytes */100");
  }
}
