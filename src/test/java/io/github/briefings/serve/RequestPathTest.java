package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

  @Test
  void decodesEachSegmentOnce() {
    RequestPath p = RequestPath.parse("/briefings/caf%C3%A9/a%20b/%252e%252e").orElseThrow();
    assertThat(p.segments()).containsExactly("briefings", "café", "a b", "%2e%2e");
    assertThat(p.trailingSlash()).isFalse();
    assertThat(p.encoded(false)).isEqualTo("/briefings/caf%C3%A9/a%20b/%252e%252e");
  }

  @Test
  void dropsEmptySegmentsAndKeepsTheFolderSlash() {
    RequestPath p = RequestPath.parse("//briefings//2024/").orElseThrow();
    assertThat(p.segments()).containsExactly("briefings", "2024");
    assertThat(p.trailingSlash()).isTrue();
    assertThat(p.encoded(true)).isEqualTo("/briefings/2024/");
    assertThat(RequestPath.parse("/").orElseThrow().segments()).isEmpty();
    assertThat(p.startsWith(List.of("briefings"))).isTrue();
    assertThat(p.after(1)).containsExactly("2024");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/..",
        "/a/../b",
        "/%2e%2e/x",
        "/%2E%2e/x",
        "/.%2e/x",
        "/./x",
        "/a%2fb",
        "/a%2Fb",
        "/a%5cb",
        "/a\\b",
        "/a%00b",
        "/a%0ab",
        "/a%7f",
        "/%",
        "/%4",
        "/%zz",
        "/%c0%ae%c0%ae/x",
        "/%ff",
        "x/y",
        ""
      })
  void refusesDotSegmentsEncodedSeparatorsControlsAndBadEscapes(String raw) {
    assertThat(RequestPath.parse(raw)).as(raw).isEmpty();
  }

  @Test
  void siteFolderStaysInside(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path root = java.nio.file.Files.createDirectories(tmp.resolve("site"));
    java.nio.file.Files.writeString(tmp.resolve("secret"), "x");
    java.nio.file.Files.writeString(root.resolve("in.txt"), "x");
    java.nio.file.Files.createSymbolicLink(root.resolve("out"), tmp.resolve("secret"));
    SiteFolder folder = new SiteFolder(root);
    assertThat(folder.find(List.of("in.txt"))).isPresent();
    assertThat(folder.find(List.of("out"))).isEmpty();
    assertThat(folder.find(List.of(".."))).isEmpty();
    assertThat(folder.find(List.of("missing"))).isEmpty();
  }
}
