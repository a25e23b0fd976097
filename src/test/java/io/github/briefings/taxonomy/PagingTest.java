package io.github.briefings.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

  private static List<Integer> items(int n) {
    return IntStream.rangeClosed(1, n).boxed().toList();
  }

  @Test
  void anEmptyListingHasOneEmptyPage() {
    List<Paging.Page<Integer>> pages = Paging.pages(items(0), 3, "countries/kp/");
    assertThat(pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.items()).isEmpty();
              assertThat(p.sitePath()).isEqualTo("countries/kp/");
              assertThat(p.hasPrevious()).isFalse();
              assertThat(p.hasNext()).isFalse();
            });
  }

  @Test
  void exactlyOnePageSizeIsOnePage() {
    assertThat(Paging.pages(items(3), 3, "x/"))
        .singleElement()
        .satisfies(p -> assertThat(p.items()).containsExactly(1, 2, 3));
  }

  @Test
  void onePastThePageSizeMakesASecondPageUnderPage() {
    List<Paging.Page<Integer>> pages = Paging.pages(items(4), 3, "x/");
    assertThat(pages).extracting(Paging.Page::sitePath).containsExactly("x/", "x/page/2/");
    assertThat(pages.get(1).items()).containsExactly(4);
    assertThat(pages.get(1).total()).isEqualTo(2);
    assertThat(pages.get(0).hasNext()).isTrue();
    assertThat(pages.get(1).hasPrevious()).isTrue();
    assertThat(Paging.pagePath("", 3)).isEqualTo("page/3/");
  }
}
