package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LiveScriptTest {

  @Test
  void injectsBeforeTheLastBodyEnd() {
    assertThat(inject("<html><body><p>é</p></BODY></html>"))
        .isEqualTo(
            "<html><body><p>é</p><script src=\"/__briefings/live.js\" data-build=\"b-1\"></script></BODY></html>");
    assertThat(inject("<p>x</p></html>"))
        .isEqualTo(
            "<p>x</p><script src=\"/__briefings/live.js\" data-build=\"b-1\"></script></html>");
    assertThat(inject("<p>x</p>"))
        .endsWith("<p>x</p><script src=\"/__briefings/live.js\" data-build=\"b-1\"></script>");
    assertThat(LiveScript.tag("a\"><x"))
        .isEqualTo("<script src=\"/__briefings/live.js\" data-build=\"ax\"></script>");
  }

  @Test
  void theScriptShowsErrorsAsTextAndListensToTheEvents() {
    String js = new String(LiveScript.source(), StandardCharsets.UTF_8);
    assertThat(js)
        .contains("new EventSource('/__briefings/events')")
        .contains("textContent = line")
        .doesNotContain("innerHTML");
  }

  @Test
  void ignoresEditorsScratchFiles() {
    for (String name : new String[] {"x.md~", ".x.md.swp", ".#x.md", "4913", "x.md.tmp"}) {
      assertThat(SourceWatcher.ignored(Path.of("content", name))).as(name).isTrue();
    }
    assertThat(SourceWatcher.ignored(Path.of("content", "x.md"))).isFalse();
    assertThat(SourceWatcher.ignored(Path.of("site", "static", ".well-known"))).isFalse();
  }

  private static String inject(String html) {
    return new String(
        LiveScript.inject(html.getBytes(StandardCharsets.UTF_8), "b-1"), StandardCharsets.UTF_8);
  }
}
