package io.github.briefings.publish;

import io.github.briefings.publish.PublishResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Commits a built site to a branch and pushes it, with JGit only. The commit is made directly in
 * the object database (blobs, a tree from an in-memory index, a commit, a ref update): the
 * checked-out branch, the index and the working tree are never touched. The branch starts as an
 * orphan when neither the repository nor the remote has it; identical content makes no commit.
 *
 * <p>{@link Workspace} finds the repository and the remote, {@link SiteCommit} makes the commit and
 * {@link BranchUpdates} moves the branch here and on the remote.
 */
public final class Publisher {

  private final PublishOptions options;
  private final Redactor redactor;

  public Publisher(PublishOptions options) {
    this.options = options;
    this.redactor = new Redactor(options.token().orElse(null));
  }

  /**
   * Checks what can be checked before building: the branch name, the repository and the remote (no
   * network). Throws {@link PublishException} saying what to do.
   */
  public void preflight() {
    checkBranchName();
    try (Workspace ws = Workspace.open(options, redactor, false)) {
      ws.checkBranchNotCheckedOut(options.branch());
      List<String> uncommitted = ws.uncommitted(options.projectDir());
      if (!uncommitted.isEmpty() && !options.allowDirty() && !options.dryRun()) {
        throw new PublishException(UncommittedSources.refusal(uncommitted));
      }
    } catch (IOException e) {
      throw new PublishException(
          "cannot read the state of the repository: " + redactor.clean(e.getMessage()),
          redactor.clean(e));
    }
  }

  /**
   * Commits the site in {@code siteDir} to the branch and pushes it (or, in a dry run, says what
   * would change).
   */
  public PublishResult publish(Path siteDir) {
    checkBranchName();
    if (!Files.isDirectory(siteDir)) {
      throw new PublishException("no site to publish at " + siteDir + ": build it first");
    }
    try (Workspace ws = Workspace.open(options, redactor, true)) {
      ws.checkBranchNotCheckedOut(options.branch());
      return publish(ws, SiteTree.read(siteDir));
    } catch (IOException e) {
      throw new PublishException(
          "cannot write to the repository: " + redactor.clean(e.getMessage()), redactor.clean(e));
    }
  }

  private PublishResult publish(Workspace ws, SiteTree site) throws IOException {
    BranchUpdates branch = new BranchUpdates(options, redactor, ws);
    Repository repo = ws.repo;
    ObjectId remoteTip = branch.fetchRemoteTip();
    Ref localRef = repo.exactRef(branch.branchRef());
    ObjectId localTip = localRef == null ? null : localRef.getObjectId();
    ObjectId base = base(repo, localTip, remoteTip);
    String source = ws.sourceCommit();
    List<String> uncommitted = ws.uncommitted(options.projectDir());

    SortedMap<String, ObjectId> before =
        base == null ? new TreeMap<>() : SiteCommit.treeOf(repo, base);
    List<Change> changes = SiteCommit.diff(before, site.blobs());
    String baseName = base == null ? null : base.name();
    if (changes.isEmpty()) {
      boolean pushed = false;
      if (!options.dryRun() && base != null && !base.equals(remoteTip)) {
        // a commit made earlier whose push failed: push it now
        branch.updateLocalBranch(localTip, base);
        branch.push(localTip, base);
        pushed = true;
      }
      Status status = options.dryRun() ? Status.DRY_RUN : Status.UNCHANGED;
      return result(ws, status, changes, baseName, source, pushed, uncommitted);
    }
    if (options.dryRun()) {
      return result(ws, Status.DRY_RUN, changes, baseName, source, false, uncommitted);
    }
    String message = SiteCommit.message(source, uncommitted, changes);
    ObjectId commit = SiteCommit.write(repo, site, before, base, message);
    branch.updateLocalBranch(localTip, commit);
    branch.push(localTip, commit);
    return result(ws, Status.COMMITTED, changes, commit.name(), source, true, uncommitted);
  }

  private PublishResult result(
      Workspace ws,
      Status status,
      List<Change> changes,
      String commit,
      String source,
      boolean pushed,
      List<String> uncommitted) {
    return new PublishResult(
        status, changes, commit, source, ws.shownRemote, options.branch(), pushed, uncommitted);
  }

  /**
   * Where the new commit goes on top of: the newer of the local and the remote branch, or none
   * (orphan).
   */
  private ObjectId base(Repository repo, ObjectId localTip, ObjectId remoteTip) throws IOException {
    if (localTip == null || remoteTip == null || localTip.equals(remoteTip)) {
      return localTip != null ? localTip : remoteTip;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit local = walk.parseCommit(localTip);
      RevCommit remote = walk.parseCommit(remoteTip);
      if (walk.isMergedInto(remote, local)) {
        return localTip;
      }
      walk.reset();
      if (walk.isMergedInto(local, remote)) {
        return remoteTip;
      }
    }
    throw new PublishException(
        "the local branch "
            + options.branch()
            + " and the remote's have diverged: "
            + "delete the local one (git branch -D "
            + options.branch()
            + ") and publish again");
  }

  private void checkBranchName() {
    if (!Repository.isValidRefName(Constants.R_HEADS + options.branch())) {
      throw new PublishException(
          "'"
              + options.branch()
              + "' is not a valid branch name: "
              + "set -Dbriefing.branch=gh-pages (or another valid name)");
    }
  }
}
