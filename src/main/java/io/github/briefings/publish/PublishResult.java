package io.github.briefings.publish;

import java.util.List;

/**
 * What a publication did.
 *
 * @param status committed, unchanged or a dry run
 * @param changes every file added, changed or removed on the branch, sorted by path
 * @param commit the new commit's id, or the branch's unchanged tip, or null (dry run of a new
 *     branch)
 * @param sourceCommit the project's HEAD the site was built from, or null
 * @param remote the remote as shown (name and URL, without credentials)
 * @param branch the branch
 * @param pushed whether the branch was pushed (false for a dry run, or when the remote was already
 *     up to date)
 * @param uncommitted the project's source files that differ from {@code sourceCommit}, as {@code
 *     content/2024/x.md (modified)} (published only with {@code allowDirty}; listed by a dry run)
 */
public record PublishResult(
    Status status,
    List<Change> changes,
    String commit,
    String sourceCommit,
    String remote,
    String branch,
    boolean pushed,
    List<String> uncommitted) {

  /** What happened to the branch. */
  public enum Status {
    /** a new commit holds the site */
    COMMITTED,
    /** the branch already holds exactly this site: no new commit */
    UNCHANGED,
    /** nothing was committed or pushed: the changes are what would happen */
    DRY_RUN
  }

  public PublishResult {
    changes = List.copyOf(changes);
    uncommitted = List.copyOf(uncommitted);
  }

  public long count(Change.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /** {@code 3 added, 1 changed, 0 removed}. */
  public String summary() {
    return count(Change.Kind.ADDED)
        + " added, "
        + count(Change.Kind.CHANGED)
        + " changed, "
        + count(Change.Kind.REMOVED)
        + " removed";
  }
}
