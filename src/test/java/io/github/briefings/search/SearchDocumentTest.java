package io.github.briefings.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchDocumentTest {

  @Test
  void keepsTheLanguageAndTheMarkedElementWithWhatItHolds() {
    String page =
        "<!DOCTYPE html><html lang=\"fr\"><head><title>T</title></head><body><header>nav</header>"
            + "<article class=\"b\" data-pagefind-body><h1>Titre</h1><div><article>inner</article>"
            + "</div><p>Koursk</p></article><section><article class=\"card\">related</article>"
            + "</section></body></html>";
    assertThat(SearchDocument.of(page))
        .hasValue(
            "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"></head><body>\n"
                + "<article class=\"b\" data-pagefind-body><h1>Titre</h1><div><article>inner"
                + "</article></div><p>Koursk</p></article>\n</body></html>\n");
  }

  @Test
  void aPageWithoutAMarkedElementOrWithoutItsEndHasNone() {
    assertThat(SearchDocument.of("<html lang=\"en\"><body><article>x</article></body></html>"))
        .isEmpty();
    assertThat(SearchDocument.of("<html lang=\"en\"><body><main data-pagefind-body>x</body>"))
        .isEmpty();
    assertThat(SearchDocument.of("<html><body><main data-pagefind-body><mainly>x</main>"))
        .hasValueSatisfying(
            d -> assertThat(d).contains("<main data-pagefind-body><mainly>x</main>"));
  }
}
