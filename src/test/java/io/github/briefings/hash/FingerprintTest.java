package io.github.briefings.hash;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.render.view.DateView;
import io.github.briefings.render.view.PageLink;
import io.github.briefings.render.view.Pagination;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static String of(Object value) {
    return new Fingerprint().addValue(value).hex();
  }

  private record Pair(String a, String b) {}

  private record Other(String a, String b) {}

  private record Swapped(String b, String a) {}

  private record Holder(Object value) {}

  private static Pagination pagination(String nextUrl, boolean gap) {
    return new Pagination(
        2,
        9,
        "/",
        nextUrl,
        List.of(
            new PageLink(1, "/", false, false),
            new PageLink(2, "/page/2/", true, false),
            new PageLink(9, "/page/9/", false, gap)));
  }

  @Test
  void aRecordIsFingerprintedByEveryComponentNestedOnes() {
    Pagination p = pagination("/page/3/", true);
    assertThat(of(p)).isEqualTo(of(pagination("/page/3/", true)));
    assertThat(of(p)).isNotEqualTo(of(pagination("/page/4/", true)));
    assertThat(of(p)).isNotEqualTo(of(pagination(null, true)));
    // a component deep in a list of records
    assertThat(of(p)).isNotEqualTo(of(pagination("/page/3/", false)));
    assertThat(of(new DateView("i", "d", "t", "z")))
        .isNotEqualTo(of(new DateView("i", "d", "t", "Z")));
  }

  @Test
  void recordsOfOtherTypesOrNamesNeverReadAlike() {
    assertThat(of(new Pair("x", "y"))).isNotEqualTo(of(new Other("x", "y")));
    assertThat(of(new Pair("x", "y"))).isNotEqualTo(of(new Swapped("x", "y")));
    assertThat(of(new Pair("x", "y"))).isNotEqualTo(of(List.of("x", "y")));
    assertThat(of(new Pair("x", "y"))).isNotEqualTo(of(Map.of("a", "x", "b", "y")));
    // a component's value is type-tagged: "1" is not 1, null is not "" nor missing
    assertThat(of(new Holder("1"))).isNotEqualTo(of(new Holder(1)));
    assertThat(of(new Holder(null))).isNotEqualTo(of(new Holder("")));
    assertThat(of(new Pair("xy", ""))).isNotEqualTo(of(new Pair("x", "y")));
  }

  @Test
  void aRecordInAMapOrListIsWalkedToo() {
    assertThat(of(Arrays.asList(new Pair("x", "y"), null)))
        .isNotEqualTo(of(Arrays.asList(new Pair("x", "z"), null)));
    assertThat(of(Map.of("k", new Pair("x", "y"))))
        .isNotEqualTo(of(Map.of("k", new Pair("x", "Y"))));
  }
}
