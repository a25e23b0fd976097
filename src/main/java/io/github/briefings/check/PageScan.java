package io.github.briefings.check;

import io.github.briefings.problems.Problem;
import java.util.List;
import java.util.Set;

/**
 * What one file of the site holds for the checks that need the whole site.
 *
 * @param path the file, relative to the output folder
 * @param anchors every {@code id} (and {@code <a name>}) a fragment may point to
 * @param references every URL found in it
 * @param problems what is wrong inside the file itself
 */
record PageScan(
    String path, Set<String> anchors, List<Reference> references, List<Problem> problems) {

  PageScan {
    anchors = Set.copyOf(anchors);
    references = List.copyOf(references);
    problems = List.copyOf(problems);
  }
}
