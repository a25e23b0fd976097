package io.github.briefings.build;

import io.github.briefings.content.SiteConfig;
import io.github.briefings.problems.Problems;
import io.github.briefings.render.Theme;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/** What the settings stage takes from the build cache: the theme, the work's keys, the bodies. */
public interface SettingsCache {

  /**
   * The theme of the project's templates ({@code templateFiles}: each file's path and SHA-256),
   * made by {@code make} unless the same templates made it before.
   */
  Theme theme(SortedMap<String, String> templateFiles, Supplier<Theme> make);

  /**
   * The keys of this build's work, from its options, settings, templates, the credit labels of the
   * theme, and the files under content/ that are not briefings.
   */
  WorkKeys keys(
      BuildOptions options,
      SiteConfig site,
      SortedMap<String, String> templateFiles,
      Map<String, String> creditLabels,
      SourceFiles sources);

  /**
   * The bodies earlier builds rendered (read the first time; a cache that cannot be trusted is
   * discarded with a warning in {@code problems}).
   */
  RenderedBodies bodies(Problems problems);
}
