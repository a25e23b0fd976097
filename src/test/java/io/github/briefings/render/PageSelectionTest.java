package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSelectionTest {

  @Test
  void allWantsEveryPage() {
    assertThat(PageSelection.ALL.wants("2024/11/x/index.html")).isTrue();
    assertThat(PageSelection.ALL.wantsUnder("credits/")).isTrue();
  }

  @Test
  void someSitePathsWantOnlyThemAndTheFoldersAboveThem() {
    PageSelection some =
        PageSelection.of(List.of("credits/page/3/index.html", "2024/11/x/index.html"));

    assertThat(some.wants("credits/page/3/index.html")).isTrue();
    assertThat(some.wants("credits/index.html")).isFalse();
    assertThat(some.wantsUnder("credits/")).isTrue();
    assertThat(some.wantsUnder("en/credits/")).isFalse();
    assertThat(some.wantsUnder("countries/")).isFalse();
    assertThat(some.wantsUnder("")).isTrue();
  }
}
