package io.github.briefings.build;

import io.github.briefings.content.Article;
import io.github.briefings.content.Photo;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.content.SiteWideRules;
import io.github.briefings.output.SiteWriter;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.schedule.Hold;
import io.github.briefings.taxonomy.AuthorCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stage "load and check briefings": every briefing file read in parallel (or taken from the
 * cache when nothing it is made from changed), the photos of those published copied as they load
 * (that work needs no index), then the rules across briefings.
 */
final class LoadAndCheck {

  /**
   * What the stage found.
   *
   * @param articles the briefings without errors, published or held back
   * @param fileProblems what each briefing file that reported something reported
   * @param failed whether the content has errors (the templates are still rendered, so that their
   *     errors are reported in the same run, but nothing is written)
   */
  record Loaded(List<Article> articles, Map<Path, List<Problem>> fileProblems, boolean failed) {}

  private LoadAndCheck() {}

  static Loaded run(
      BuildRun run, Settings settings, BriefingCache cache, List<Path> files, SiteWriter writer) {
    BriefingReader reader = new BriefingReader(settings);
    Counter loaded = run.counter("briefings", files.size());
    Map<Path, List<Problem>> fileProblems = new ConcurrentHashMap<>();
    Set<String> copiedPhotos = ConcurrentHashMap.newKeySet();
    List<Article> articles =
        files.parallelStream()
            .map(
                file -> {
                  Optional<Article> a = readGuarded(run, reader, cache, file, fileProblems);
                  if (a.isPresent() && run.rules().hold(a.get().briefing()) == Hold.NONE) {
                    copyPhotos(a.get(), writer, copiedPhotos);
                  }
                  loaded.tick();
                  return a;
                })
            .flatMap(Optional::stream)
            .toList();
    SiteWideRules.check(articles, run.problems());
    authorWarnings(run, settings, articles, fileProblems);
    return new Loaded(articles, fileProblems, run.problems().hasErrors());
  }

  /**
   * The warnings about authors across briefings, kept with the site settings' problems so that the
   * preview shows them again after patching a briefing.
   */
  private static void authorWarnings(
      BuildRun run, Settings settings, List<Article> articles, Map<Path, List<Problem>> out) {
    Problems found = new Problems();
    AuthorCheck.check(settings.site(), articles, found);
    List<Problem> warnings = found.sorted();
    if (!warnings.isEmpty()) {
      run.problems().addAll(warnings);
      out.put(
          run.options().projectDir().resolve(SiteConfigLoader.PATH).toAbsolutePath().normalize(),
          warnings);
    }
  }

  /**
   * {@link #readOnce}, with a failure nobody foresaw reported as an error naming the file (the
   * build fails, with every other problem listed) instead of a stack trace that stops it.
   */
  private static Optional<Article> readGuarded(
      BuildRun run,
      BriefingReader reader,
      BriefingCache cache,
      Path file,
      Map<Path, List<Problem>> fileProblems) {
    try {
      return readOnce(run, reader, cache, file, fileProblems);
    } catch (RuntimeException | StackOverflowError e) {
      String path =
          run.options()
              .projectDir()
              .toAbsolutePath()
              .normalize()
              .relativize(file.toAbsolutePath().normalize())
              .toString()
              .replace('\\', '/');
      run.problems()
          .error(
              path,
              0,
              0,
              "this briefing could not be read ("
                  + e.getClass().getSimpleName()
                  + "): it is a fault in Briefings, not in the file; please report it with the"
                  + " file attached");
      return Optional.empty();
    }
  }

  /**
   * Reads a briefing, or takes what an earlier build read from it when nothing it depends on
   * changed: the file (size and time), the settings and theme, the photos and sidecars under
   * content/.
   */
  private static Optional<Article> readOnce(
      BuildRun run,
      BriefingReader reader,
      BriefingCache cache,
      Path file,
      Map<Path, List<Problem>> fileProblems) {
    Path source = file.toAbsolutePath().normalize();
    String key = reader.key(source);
    LoadedBriefing kept = key == null ? null : cache.loaded(source, key, run.problems());
    if (kept == null) {
      kept = reader.read(file, key == null ? "-" : key);
      if (key != null) {
        cache.keep(source, kept);
      }
    }
    run.problems().addAll(kept.problems());
    if (!kept.problems().isEmpty()) {
      fileProblems.put(source, kept.problems());
    }
    return kept.article();
  }

  /** Copies a briefing's photos (each once per build) into the output. */
  private static void copyPhotos(Article a, SiteWriter writer, Set<String> copied) {
    for (Photo p : a.photos()) {
      if (copied.add(p.sitePath())) {
        writer.copy(p.sitePath(), p.file());
      }
    }
  }
}
