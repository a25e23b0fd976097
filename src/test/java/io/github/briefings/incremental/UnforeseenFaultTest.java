package io.github.briefings.incremental;

import static io.github.briefings.TestProject.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildCache;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.build.BuildRun;
import io.github.briefings.build.BuiltSite;
import io.github.briefings.build.LoadedBriefing;
import io.github.briefings.build.RenderedBodies;
import io.github.briefings.build.Settings;
import io.github.briefings.build.SourceFiles;
import io.github.briefings.build.WorkKeys;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.output.ShownBriefings;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.render.Theme;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault nobody foresaw while a briefing loads (here planted in the build cache, the load stage's
 * first call for each briefing) fails the build with an error naming the briefing, beside every
 * other problem of the run, never a stack trace; the previous site stays as it was.
 */
class UnforeseenFaultTest {

  @TempDir Path tmp;

  @Test
  void aFaultWhileLoadingABriefingIsAnErrorNamingItAndTheSiteStays() {
    TestProject p = BuildCacheTest.project(tmp);
    BuildResult first = Briefings.build(p.options(), DiskCache.forProject(p.dir()), NONE);
    assertThat(first.succeeded()).as("%s", first.problems()).isTrue();
    Map<String, String> before = hashes(p.out());
    p.briefing("content/2024/b1.md", "Briefing 1", "2024-11-01T10:00:00Z", "lang: xx\n");
    p.briefing("content/2024/b2.md", "Briefing 2, edited", "2024-11-02T10:00:00Z", "");
    p.briefing("content/2024/b3.md", "Briefing 3, edited", "2024-11-03T10:00:00Z", "");

    BuildResult second =
        Briefings.build(p.options(), new Faulty(DiskCache.forProject(p.dir())), NONE);

    assertThat(second.succeeded()).isFalse();
    assertThat(second.problems())
        .extracting(Problem::toString)
        .anySatisfy(s -> assertThat(s).startsWith("content/2024/b1.md:").contains("error:"))
        .contains(
            "content/2024/b2.md: error: this briefing could not be read (StackOverflowError): it is"
                + " a fault in Briefings, not in the file; please report it with the file attached",
            "content/2024/b3.md: error: this briefing could not be read (IllegalStateException):"
                + " it is a fault in Briefings, not in the file; please report it with the file"
                + " attached");
    assertThat(hashes(p.out())).isEqualTo(before);
  }

  private static final BuildListener NONE = BuildListener.NONE;

  /** The disk cache, failing as nobody foresaw when asked for b2.md or b3.md. */
  private record Faulty(DiskCache cache) implements BuildCache {

    @Override
    public LoadedBriefing loaded(Path source, String key, Problems problems) {
      String name = source.getFileName().toString();
      if (name.equals("b2.md")) {
        throw new StackOverflowError();
      }
      if (name.equals("b3.md")) {
        throw new IllegalStateException("planted");
      }
      return cache.loaded(source, key, problems);
    }

    @Override
    public void keep(Path source, LoadedBriefing loaded) {
      cache.keep(source, loaded);
    }

    @Override
    public Optional<BuildResult> upToDate(BuildRun run, SourceFiles sources) {
      return cache.upToDate(run, sources);
    }

    @Override
    public Optional<BuildResult> patch(BuildRun run, Settings settings) {
      return Optional.empty(); // every stage runs, the load stage included
    }

    @Override
    public Theme theme(SortedMap<String, String> templateFiles, Supplier<Theme> make) {
      return cache.theme(templateFiles, make);
    }

    @Override
    public WorkKeys keys(
        BuildOptions options,
        SiteConfig site,
        SortedMap<String, String> templateFiles,
        Map<String, String> creditLabels,
        SourceFiles sources) {
      return cache.keys(options, site, templateFiles, creditLabels, sources);
    }

    @Override
    public RenderedBodies bodies(Problems problems) {
      return cache.bodies(problems);
    }

    @Override
    public OutputManifest manifest(Path outputDir, Problems problems) {
      return cache.manifest(outputDir, problems);
    }

    @Override
    public void forget(Path outputDir) {
      cache.forget(outputDir);
    }

    @Override
    public ShownBriefings shown() {
      return cache.shown();
    }

    @Override
    public void built(BuiltSite site) {
      cache.built(site);
    }

    @Override
    public void failed() {
      cache.failed();
    }
  }
}
