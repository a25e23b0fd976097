package io.github.briefings;

import static io.github.briefings.TestProject.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL while it puts the new site in place leaves a folder that holds the
 * old site or the new one, never a mix (at worst, for the instant between the two renames, no
 * folder and the old site moved aside), also when it was bringing the spare site up to date; the
 * next build puts things right and leaves no staging folder behind.
 */
class KilledBuildTest {

  private static final String LAST_STAGE_BEFORE_THE_SWAP = "copy photos and static files";

  @TempDir Path tmp;

  @Test
  void aBuildKilledWhileReplacingTheSiteLeavesTheOldSiteOrTheNewOne() throws Exception {
    TestProject p = new TestProject(tmp.resolve("project"));
    List<Map<String, String>> versions = List.of(site(p, 0), site(p, 1));
    Path out = p.out();
    int[] delaysMillis = {1, 4, 15, 50, 150};
    int killedMidway = 0;
    write(p, 0);
    assertThat(buildAndKill(p.dir(), -1)).isFalse();
    assertThat(hashes(out)).isEqualTo(versions.get(0));
    for (int i = 0; i < delaysMillis.length; i++) {
      // two builds that end first, so that the killed one updates the spare they leave (the
      // site swapped out by the second) rather than a fresh staging folder
      for (int v : new int[] {(i + 1) % 2, i % 2}) {
        write(p, v);
        var built =
            Briefings.build(
                p.options(),
                io.github.briefings.incremental.DiskCache.forProject(p.dir()),
                io.github.briefings.build.BuildListener.NONE);
        assertThat(built.succeeded()).as("%s", built.problems()).isTrue();
      }
      assertThat(out.resolveSibling(".briefing-site.spare")).isDirectory();
      write(p, (i + 1) % 2);
      boolean killed = buildAndKill(p.dir(), delaysMillis[i]);
      if (Files.isDirectory(out)) {
        assertThat(versions)
            .as("after a kill %d ms into the swap", delaysMillis[i])
            .contains(hashes(out));
      } else {
        List<Path> aside = siblings(out, ".old-");
        assertThat(aside).as("no site and nothing moved aside").hasSize(1);
        assertThat(versions).contains(hashes(aside.get(0)));
      }
      killedMidway += killed ? 1 : 0;
    }
    assertThat(killedMidway).as("builds killed before they ended").isPositive();

    write(p, 1);
    assertThat(buildAndKill(p.dir(), -1)).isFalse();
    assertThat(hashes(out)).isEqualTo(versions.get(1));
    assertThat(siblings(out, ".new-")).isEmpty();
    assertThat(siblings(out, ".old-")).isEmpty();
    write(p, 0);
    assertThat(buildAndKill(p.dir(), -1)).isFalse();
    assertThat(hashes(out)).isEqualTo(versions.get(0));
    assertThat(hashes(out.resolveSibling(".briefing-site.spare"))).isEqualTo(versions.get(1));
  }

  /** The site of version {@code v} of the project, built to completion in this JVM. */
  private static Map<String, String> site(TestProject p, int v) throws IOException {
    write(p, v);
    Path out = p.dir().resolve("target/reference-" + v);
    var result =
        Briefings.build(
            p.options().withOutputDir(out),
            io.github.briefings.incremental.DiskCache.forProject(p.dir()),
            io.github.briefings.build.BuildListener.NONE);
    assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
    Map<String, String> hashes = hashes(out);
    io.github.briefings.output.StagingDirectory.deleteTree(out);
    return hashes;
  }

  /**
   * Version {@code v} of the sources: 80 briefings, whose titles and bodies differ between the two
   * versions, so every page changes.
   */
  private static void write(TestProject p, int v) {
    for (int i = 1; i <= 80; i++) {
      p.briefing(
          "content/2024/b" + i + ".md",
          "Briefing " + i + (v == 0 ? "" : ", updated"),
          String.format("2024-11-%02dT10:%02d:00Z", 1 + i % 28, i % 60),
          "");
    }
  }

  /**
   * Runs {@link KilledBuild} in a JVM of its own and kills it {@code delay} ms after its last stage
   * before the swap ended (never, when negative); whether it was killed before it ended.
   */
  private static boolean buildAndKill(Path project, int delay) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledBuild.class.getName(),
                project.toString())
            .redirectErrorStream(true)
            .start();
    boolean killed = false;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.equals(LAST_STAGE_BEFORE_THE_SWAP) && delay >= 0) {
          Thread.sleep(delay);
          killed = child.isAlive();
          child.destroyForcibly(); // SIGKILL on Unix
          break;
        }
        assertThat(line).doesNotStartWith("failed");
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return killed;
  }

  private static List<Path> siblings(Path out, String kind) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> all =
        Files.newDirectoryStream(out.getParent(), "." + out.getFileName() + kind + "*")) {
      all.forEach(found::add);
    }
    return found;
  }
}
