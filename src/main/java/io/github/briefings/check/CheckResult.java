package io.github.briefings.check;

import io.github.briefings.problems.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check of a built site found.
 *
 * @param outputDir the folder that was checked
 * @param problems every problem, sorted by page, line and column; paths are relative to {@code
 *     outputDir}
 * @param externalLinks every link leaving the site, sorted by URL (not fetched)
 * @param pages HTML pages checked
 * @param xmlFiles XML files checked (feeds, sitemaps)
 * @param files files in the site
 * @param millis wall time of the check
 */
public record CheckResult(
    Path outputDir,
    List<Problem> problems,
    List<ExternalLink> externalLinks,
    int pages,
    int xmlFiles,
    int files,
    long millis) {

  public CheckResult {
    problems = List.copyOf(problems);
    externalLinks = List.copyOf(externalLinks);
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warningCount() {
    return problems.size() - errorCount();
  }

  public boolean succeeded() {
    return errorCount() == 0;
  }
}
