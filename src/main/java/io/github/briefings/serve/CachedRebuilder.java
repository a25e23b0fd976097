package io.github.briefings.serve;

import io.github.briefings.Briefings;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.incremental.PreviewCache;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rebuilds the preview with {@link Briefings#build} and a build cache kept in memory between
 * rebuilds ({@link PreviewCache}): unchanged bodies are not rendered again and unchanged pages not
 * written again, and an edit to a briefing's text patches the last rebuild. The preview keeps the
 * base path of the site's {@code baseUrl} but takes the server's origin, so that absolute links
 * (feeds, sitemaps, canonical URLs) point at the preview too.
 */
public final class CachedRebuilder implements Rebuilder {

  private final BuildOptions options;
  private final String origin;
  private final Supplier<Instant> clock;
  private volatile String basePath;
  private final PreviewCache cache;

  /**
   * @param options the build's options; their {@code baseUrl} is the user's override (or null) and
   *     their output the preview folder
   * @param origin the server's {@code http://host:port}
   * @param clock the build's clock, asked before each build (drafts and embargoes depend on it)
   */
  public CachedRebuilder(BuildOptions options, String origin, Supplier<Instant> clock) {
    this.options = options;
    this.origin = origin;
    this.clock = clock;
    this.basePath = basePathOf(options);
    this.cache = PreviewCache.forProject(options.projectDir());
  }

  @Override
  public BuildResult rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    Problems problems = new Problems();
    cache.sourcesChanged(changed.isEmpty() ? null : changed);
    // read with the user's own baseUrl, so that errors in site.yaml's are reported in preview too
    Optional<SiteConfig> site =
        SiteConfigLoader.load(options.projectDir(), options.baseUrl(), problems);
    if (site.isEmpty()) {
      cache.failed();
      return BuildResult.failed(
          problems.sorted(),
          options.outputDir(),
          (System.nanoTime() - start) / 1_000_000,
          List.of());
    }
    String path = site.get().basePath();
    BuildResult result =
        Briefings.build(
            options.withBaseUrl(origin + path).withNow(clock.get()), cache, BuildListener.NONE);
    if (result.succeeded()) {
      basePath = path;
    }
    return result;
  }

  @Override
  public void close() {
    cache.flush();
  }

  @Override
  public String basePath() {
    return basePath;
  }

  /**
   * The base path the next build will use, before any build ran ({@code /} when site.yaml is
   * unusable).
   */
  private static String basePathOf(BuildOptions options) {
    return SiteConfigLoader.load(options.projectDir(), options.baseUrl(), new Problems())
        .map(SiteConfig::basePath)
        .orElse("/");
  }
}
