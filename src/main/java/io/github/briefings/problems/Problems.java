package io.github.briefings.problems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A thread-safe collector of problems; each distinct problem is kept once. */
public final class Problems {

  private final Set<Problem> problems = new LinkedHashSet<>();

  public synchronized void add(Problem problem) {
    problems.add(problem);
  }

  public void error(String path, int line, int column, String message) {
    add(Problem.error(path, line, column, message));
  }

  public void warning(String path, int line, int column, String message) {
    add(Problem.warning(path, line, column, message));
  }

  /** Adds an error, or a warning when {@code asError} is false. */
  public void report(boolean asError, String path, int line, int column, String message) {
    add(
        asError
            ? Problem.error(path, line, column, message)
            : Problem.warning(path, line, column, message));
  }

  public synchronized void addAll(Iterable<Problem> more) {
    for (Problem p : more) {
      problems.add(p);
    }
  }

  public synchronized boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public synchronized long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  /** Every problem, sorted by file, line and column. */
  public synchronized List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(Problem.ORDER);
    return List.copyOf(out);
  }
}
