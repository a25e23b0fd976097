package io.github.briefings.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.briefings.TestProject;
import io.github.briefings.content.BriefingLoader;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any briefing file, and any site settings, read as the build reads them: every problem is
 * reported, no exception escapes. Fuzzed in {@code mvn install}; otherwise replays its seeds.
 */
class FrontMatterFuzzTest {

  private static final Path PROJECT;
  private static final BriefingLoader LOADER;

  static {
    try {
      PROJECT = Files.createTempDirectory("fuzz-front-matter");
      new TestProject(PROJECT);
      Files.createDirectories(PROJECT.resolve("content"));
      SiteConfig site = SiteConfigLoader.load(PROJECT, null, new Problems()).orElseThrow();
      LOADER = new BriefingLoader(PROJECT, site);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "15s")
  void briefingsAreReadWithoutAnExceptionEscaping(FuzzedDataProvider data) throws IOException {
    boolean settings = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    if (settings) {
      Path dir = PROJECT.resolve("settings-case");
      Files.createDirectories(dir.resolve("site"));
      Files.writeString(dir.resolve("site/site.yaml"), text, StandardCharsets.UTF_8);
      SiteConfigLoader.load(dir, null, new Problems());
    } else {
      Path file = PROJECT.resolve("content/fuzzed.md");
      Files.writeString(file, "---\n" + text, StandardCharsets.UTF_8);
      LOADER.load(file, new Problems());
    }
  }
}
