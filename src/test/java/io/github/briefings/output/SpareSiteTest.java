package io.github.briefings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Updates through the spare: the site an update swapped out is brought up to date by the next one
 * and swapped in, and the output is always exactly the new site, as a full rebuild would write it.
 */
class SpareSiteTest {

  @TempDir Path tmp;

  private static final Map<String, String> V1 =
      site(
          "index.html", "1",
          "a/x.html", "x1",
          "a/y.html", "y1",
          "b/z.html", "z1",
          "keep/k.html", "k");
  private static final Map<String, String> V2 =
      site(
          "index.html", "1",
          "a/x.html", "x2",
          "a/y.html", "y1",
          "c/w.html", "w2",
          "e", "e2",
          "keep/k.html", "k");
  private static final Map<String, String> V3 =
      site(
          "index.html", "1",
          "a/x.html", "x3",
          "b/z.html", "z3",
          "e/index.html", "e3",
          "keep/k.html", "k");
  private static final Map<String, String> V4 =
      site(
          "index.html", "4",
          "a/x.html", "x3",
          "b/z.html", "z3",
          "e", "e4",
          "keep/k.html", "k");

  @Test
  void everyUpdateLeavesExactlyTheNewSiteAndKeepsTheOneBeforeAsTheSpare() throws Exception {
    Path out = tmp.resolve("target/site");
    OutputManifest manifest = build(out, null, V1);
    assertThat(tree(out)).isEqualTo(tree(V1));
    assertThat(spare(out)).doesNotExist();

    Map<String, String> before = V1;
    for (Map<String, String> next : java.util.List.of(V2, V3, V4, V1, V1, V3)) {
      manifest = build(out, manifest, next);
      assertThat(tree(out)).isEqualTo(tree(next));
      // the spare holds the site before, byte for byte: no file it shares with the output was
      // written to while it was brought up to date
      assertThat(tree(spare(out))).isEqualTo(tree(before));
      assertThat(out.resolveSibling(".site.spare-paths")).exists();
      before = next;
    }
    try (Stream<Path> beside = Files.list(out.getParent())) {
      assertThat(beside.map(p -> p.getFileName().toString()).filter(n -> !n.contains(".gone-")))
          .containsExactlyInAnyOrder("site", ".site.spare", ".site.spare-paths");
    }
  }

  @Test
  void aSpareWithoutItsListIsNeverUsedAndTheNextBuildDeletesIt() throws Exception {
    Path out = tmp.resolve("target/site");
    OutputManifest manifest = build(out, null, V1);
    manifest = build(out, manifest, V2);
    // a build killed after it deleted the list, before its swap
    Files.delete(out.resolveSibling(".site.spare-paths"));
    Files.writeString(spare(out).resolve("a/x.html"), "half updated");

    manifest = build(out, manifest, V3);
    assertThat(tree(out)).isEqualTo(tree(V3));
    assertThat(tree(spare(out))).isEqualTo(tree(V2));
    build(out, manifest, V4);
    assertThat(tree(out)).isEqualTo(tree(V4));
  }

  @Test
  void filesAndFoldersAddedToTheOutputByHandDoNotComeBackWithTheSpare() throws Exception {
    Path out = tmp.resolve("target/site");
    OutputManifest manifest = build(out, null, V1);
    manifest = build(out, manifest, V2);
    Files.writeString(out.resolve("a/by-hand.html"), "not the build's");
    Files.createDirectories(out.resolve("by/hand"));
    Files.writeString(out.resolve("by/hand/too.html"), "nor this");
    Files.createDirectories(out.resolve("a/empty/folder"));

    manifest = build(out, manifest, V3); // the output with those files becomes the spare
    assertThat(tree(out)).isEqualTo(tree(V3));
    build(out, manifest, V4); // and is brought up to date
    assertThat(tree(out)).isEqualTo(tree(V4));
  }

  @Test
  void aFullRebuildForgetsTheSpare() throws Exception {
    Path out = tmp.resolve("target/site");
    OutputManifest manifest = build(out, null, V1);
    build(out, manifest, V2);
    assertThat(spare(out)).exists();

    build(out, null, V3);
    assertThat(tree(out)).isEqualTo(tree(V3));
    assertThat(spare(out)).doesNotExist();
    assertThat(out.resolveSibling(".site.spare-paths")).doesNotExist();
  }

  @Test
  void aListingMadeAheadServesTheUpdateThatTakesItsSpareAndNoOther() throws Exception {
    Path out = tmp.resolve("target/site");
    OutputManifest manifest = build(out, null, V1);
    manifest = build(out, manifest, V2);
    SpareListing ahead = SpareListing.start(out).orElseThrow();
    assertThat(ahead.lists(out)).isTrue();
    Files.writeString(out.resolve("a/by-hand.html"), "not the build's");

    // the next update takes the spare it listed, and keeps the output with that file as the next
    manifest = patch(out, manifest, ahead, "a/x.html", "x5");
    assertThat(ahead.lists(out)).as("a listing of the spare before").isFalse();
    SpareListing next = SpareListing.start(out).orElseThrow();
    patch(out, manifest, next, "a/y.html", "y5");
    assertThat(out.resolve("a/by-hand.html")).doesNotExist();
    assertThat(tree(out)).isEqualTo(tree(with(V2, "a/x.html", "x5", "a/y.html", "y5")));
  }

  /**
   * A listing is of one spare: not of the next one (another folder), nor of the one after (the same
   * folder again, since output and spare alternate, with another list).
   */
  @ParameterizedTest(name = "{0} update(s) since")
  @ValueSource(ints = {1, 2})
  void aListingOfASpareTakenSinceIsNotUsed(int updatesSince) throws Exception {
    Path out = tmp.resolve("target/site");
    OutputManifest manifest = build(out, null, V1);
    manifest = build(out, manifest, V2);
    SpareListing stale = SpareListing.start(out).orElseThrow();
    stale.files().get();
    for (int i = 1; i < updatesSince; i++) {
      manifest = build(out, manifest, V2); // the listed folder becomes the output
    }
    Files.writeString(out.resolve("a/by-hand.html"), "not the build's");
    manifest = build(out, manifest, V2); // keeps the output with that file as the spare

    patch(out, manifest, stale, "a/x.html", "x5");
    assertThat(out.resolve("a/by-hand.html")).doesNotExist();
    assertThat(tree(out)).isEqualTo(tree(with(V2, "a/x.html", "x5")));
  }

  /** A patch of the output that writes the given paths and texts, keeping every other file. */
  private static OutputManifest patch(
      Path out, OutputManifest previous, SpareListing ahead, String... pathsAndTexts)
      throws IOException {
    SiteOutput output = SiteOutput.patch(out, previous, ahead).orElseThrow();
    for (Map.Entry<String, String> e : site(pathsAndTexts).entrySet()) {
      Path file = output.root().resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      output.written(e.getKey(), "content " + e.getValue());
    }
    output.commit(() -> {});
    return output.manifest();
  }

  private static Map<String, String> with(Map<String, String> site, String... pathsAndTexts) {
    Map<String, String> changed = new LinkedHashMap<>(site);
    changed.putAll(site(pathsAndTexts));
    return changed;
  }

  /** A build writing {@code site}: only what changed since {@code previous}, when given. */
  private static OutputManifest build(Path out, OutputManifest previous, Map<String, String> site)
      throws IOException {
    SiteOutput output = SiteOutput.open(out, previous);
    for (Map.Entry<String, String> e : site.entrySet()) {
      String fingerprint = "content " + e.getValue();
      if (!output.unchanged(e.getKey(), fingerprint)) {
        Path file = output.root().resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
        output.written(e.getKey(), fingerprint);
      }
    }
    output.commit(() -> {});
    return output.manifest();
  }

  private static Path spare(Path out) {
    return out.resolveSibling(".site.spare");
  }

  /** Every file (with its text) and folder under {@code root}, but the build's marker. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String path = root.relativize(p).toString().replace('\\', '/');
        if (path.isEmpty() || path.equals(".briefings-site")) {
          continue;
        }
        tree.put(path, Files.isDirectory(p) ? "(folder)" : Files.readString(p));
      }
    }
    return tree;
  }

  /** What {@link #tree(Path)} gives for a folder holding {@code site}. */
  private static Map<String, String> tree(Map<String, String> site) {
    Map<String, String> tree = new TreeMap<>(site);
    for (String path : site.keySet()) {
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        tree.put(path.substring(0, slash), "(folder)");
      }
    }
    return tree;
  }

  private static Map<String, String> site(String... pathsAndTexts) {
    Map<String, String> site = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      site.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return site;
  }
}
