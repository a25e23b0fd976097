package io.github.briefings.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

/**
 * The project's sources that differ from its last commit: a site built from them matches no commit,
 * so {@code briefing:publish} refuses it unless told otherwise.
 */
final class UncommittedSources {

  /** The folders a site is built from. */
  private static final List<String> SOURCES = List.of("content", "site", "templates");

  /** How many files a refusal names before it counts the rest. */
  private static final int NAMED = 10;

  private UncommittedSources() {}

  /**
   * The changed files under the project's source folders, {@code content/x.md (modified)}, by path.
   */
  static List<String> of(Repository repo, Path projectDir) throws IOException {
    Path work = repo.getWorkTree().toPath().toAbsolutePath().normalize();
    Path project = projectDir.toAbsolutePath().normalize();
    if (!project.startsWith(work)) {
      return List.of();
    }
    StatusCommand command = Git.wrap(repo).status();
    for (String folder : SOURCES) {
      command.addPath(work.relativize(project.resolve(folder)).toString().replace('\\', '/'));
    }
    Status status;
    try {
      status = command.call();
    } catch (GitAPIException e) {
      throw new IOException("cannot compare the sources with HEAD: " + e.getMessage(), e);
    }
    Map<String, String> changed = new TreeMap<>();
    put(changed, status.getUntracked(), "new, not in git");
    put(changed, status.getAdded(), "added, not committed");
    put(changed, status.getModified(), "modified");
    put(changed, status.getChanged(), "modified");
    put(changed, status.getMissing(), "deleted");
    put(changed, status.getRemoved(), "deleted");
    put(changed, status.getConflicting(), "in conflict");
    String prefix = work.relativize(project).toString().replace('\\', '/');
    List<String> out = new ArrayList<>();
    changed.forEach(
        (path, state) ->
            out.add(
                (prefix.isEmpty() ? path : path.substring(prefix.length() + 1))
                    + " ("
                    + state
                    + ")"));
    return out;
  }

  private static void put(Map<String, String> out, Set<String> paths, String state) {
    paths.forEach(p -> out.putIfAbsent(p, state));
  }

  /** The one-line refusal: which files, and the two ways on. */
  static String refusal(List<String> uncommitted) {
    List<String> named = uncommitted.subList(0, Math.min(NAMED, uncommitted.size()));
    int more = uncommitted.size() - named.size();
    return "content/, site/ or templates/ have uncommitted changes, so the site would match no commit: "
        + String.join(", ", named)
        + (more > 0 ? " and " + more + " more" : "")
        + "; commit them and publish again, or publish them anyway with -Dbriefing.allowDirty";
  }
}
