package io.github.briefings.build;

import java.util.Optional;

/** The ways the build cache may spare a build its stages. */
public interface Shortcuts {

  /**
   * The result of a build that finds the site it would make already in place (same sources,
   * settings and engine, a clock before the next scheduled change, every output file there), having
   * done nothing else; empty otherwise.
   */
  Optional<BuildResult> upToDate(BuildRun run, SourceFiles sources);

  /**
   * The result of patching the last build's site after edits that change what briefings say but not
   * where they are filed; empty, with nothing changed, when the build must run every stage.
   */
  Optional<BuildResult> patch(BuildRun run, Settings settings);
}
