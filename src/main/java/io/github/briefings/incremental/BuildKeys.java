package io.github.briefings.incremental;

import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.SourceTree;
import io.github.briefings.build.WorkKeys;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.hash.Fingerprint;
import io.github.briefings.hash.TreeFingerprint;
import io.github.briefings.render.PageModels;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a build and each kind of its work are made from, as keys. Every key includes the engine (the
 * plugin's build and the Java version); a page depends on its own template and on the shared ones
 * (layout, macros, UI strings), not on the other pages' templates; static files are copied, not
 * rendered, so they shape no key.
 */
final class BuildKeys {

  private BuildKeys() {}

  /** The keys of a build's work. */
  static WorkKeys of(
      String engine,
      BuildOptions options,
      SiteConfig site,
      SortedMap<String, String> templateFiles,
      Map<String, String> creditLabels,
      String assets) {
    Fingerprint shared = new Fingerprint();
    Map<String, String> pageTemplates = new HashMap<>();
    templateFiles.forEach(
        (name, sha) -> {
          if (PageModels.PAGE_TEMPLATES.contains(name)) {
            pageTemplates.put(name, sha);
          } else if (!name.startsWith("static/")) {
            shared.add(name).add(sha);
          }
        });
    String bodies =
        Fingerprint.of(
            engine,
            site.baseUrl().toString(),
            site.basePath(),
            String.valueOf(new TreeMap<>(creditLabels)));
    // everything besides its model that shapes a page: any change renders every page again
    String pages =
        Fingerprint.of(
            engine,
            TreeFingerprint.of(options.projectDir().resolve("site").resolve("site.yaml")),
            shared.hex(),
            String.valueOf(options.baseUrl()),
            String.valueOf(options.drafts()),
            String.valueOf(options.future()),
            String.valueOf(options.termPages()));
    // a briefing depends on the photos and sidecars under content/ too: any change there reloads
    // all
    String briefings = pages + " " + bodies + " " + assets;
    // the clock only matters (to a patch) when embargoed briefings are held back
    String build = briefings + " " + (options.future() ? butClock(options) : options);
    return new WorkKeys(bodies, pages, pageTemplates, briefings, build);
  }

  /** The key of a theme: the project's templates, every file's path and SHA-256. */
  static String theme(SortedMap<String, String> templateFiles) {
    return Fingerprint.of(String.valueOf(templateFiles));
  }

  /**
   * What a build for one run is made from: the engine, the options but the clock, and every source
   * file (path, size, time).
   */
  static String stamp(String engine, BuildOptions options, SourceTree sources) {
    return Fingerprint.of(engine, butClock(options), sources.stamp());
  }

  /** The build options but the clock and the thread count, which do not change what is built. */
  private static String butClock(BuildOptions options) {
    return options.withNow(Instant.EPOCH).withThreads(1).toString();
  }
}
