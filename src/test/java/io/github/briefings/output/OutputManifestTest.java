package io.github.briefings.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputManifestTest {

  @Test
  void anOverlayReadsThroughAndChangesItsBaseOnlyWhenMerged() {
    OutputManifest base = new OutputManifest("/site");
    base.put("a.html", new OutputManifest.Entry("fa", 1));
    base.put("b.html", new OutputManifest.Entry("fb", 2));

    OutputManifest overlay = base.overlay();
    overlay.put("b.html", new OutputManifest.Entry("fb2", 3));
    overlay.put("c.html", new OutputManifest.Entry("fc", 4));

    assertThat(overlay.get("a.html").fingerprint()).isEqualTo("fa");
    assertThat(overlay.get("b.html").fingerprint()).isEqualTo("fb2");
    assertThat(overlay.contains("c.html")).isTrue();
    assertThat(overlay.sitePaths()).containsExactly("a.html", "b.html", "c.html");
    assertThat(overlay.size()).isEqualTo(3);
    assertThat(base.get("b.html").fingerprint()).as("unchanged until merged").isEqualTo("fb");
    assertThat(base.contains("c.html")).isFalse();

    OutputManifest merged = overlay.merged();

    assertThat(merged).isSameAs(base);
    assertThat(base.get("b.html").fingerprint()).isEqualTo("fb2");
    assertThat(base.sitePaths()).containsExactly("a.html", "b.html", "c.html");
  }
}
