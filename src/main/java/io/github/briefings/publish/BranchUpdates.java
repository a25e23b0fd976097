package io.github.briefings.publish;

import java.io.IOException;
import java.util.Collection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Moves the publishing branch: reads and fetches the remote's tip, moves the local branch, pushes
 * it, and puts the local branch back when the remote refuses a push because it moved meanwhile.
 * Every message shown is cleaned of the token.
 */
final class BranchUpdates {

  /** How long a network operation may wait, in seconds. */
  private static final int TIMEOUT = 120;

  private final PublishOptions options;
  private final Redactor redactor;
  private final Workspace ws;
  private final String branchRef;

  BranchUpdates(PublishOptions options, Redactor redactor, Workspace ws) {
    this.options = options;
    this.redactor = redactor;
    this.ws = ws;
    this.branchRef = Constants.R_HEADS + options.branch();
  }

  /** The full name of the branch published to, {@code refs/heads/gh-pages}. */
  String branchRef() {
    return branchRef;
  }

  /**
   * Fetches the remote's branch when its tip is not here yet; returns that tip, or null when it has
   * none.
   */
  ObjectId fetchRemoteTip() {
    Git git = Git.wrap(ws.repo);
    try {
      Collection<Ref> refs =
          git.lsRemote()
              .setRemote(ws.remoteArgument)
              .setHeads(true)
              .setTimeout(TIMEOUT)
              .setCredentialsProvider(credentials())
              .call();
      ObjectId tip =
          refs.stream()
              .filter(r -> r.getName().equals(branchRef))
              .map(Ref::getObjectId)
              .findFirst()
              .orElse(null);
      if (tip != null && !ws.repo.getObjectDatabase().has(tip)) {
        String spec =
            ws.remoteName == null || options.dryRun()
                ? branchRef
                : "+"
                    + branchRef
                    + ":"
                    + Constants.R_REMOTES
                    + ws.remoteName
                    + "/"
                    + options.branch();
        git.fetch()
            .setRemote(ws.remoteArgument)
            .setRefSpecs(new RefSpec(spec))
            .setTimeout(TIMEOUT)
            .setCredentialsProvider(credentials())
            .call();
      }
      return tip;
    } catch (GitAPIException | IOException | RuntimeException e) {
      throw new PublishException(
          "cannot read the remote "
              + ws.shownRemote
              + ": "
              + redactor.clean(e.getMessage())
              + "; check the address, the network, and that GITHUB_TOKEN or "
              + "-Dbriefing.token may read it",
          redactor.clean(e));
    }
  }

  /** Moves the local branch from {@code expected} (null: it does not exist) to {@code tip}. */
  void updateLocalBranch(ObjectId expected, ObjectId tip) throws IOException {
    if (tip.equals(expected)) {
      return;
    }
    RefUpdate update = ws.repo.updateRef(branchRef);
    update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
    update.setNewObjectId(tip);
    update.setRefLogMessage("briefing:publish", false);
    RefUpdate.Result result = update.update();
    switch (result) {
      case NEW, FAST_FORWARD, NO_CHANGE -> {}
      default ->
          throw new PublishException(
              "cannot move the local branch "
                  + options.branch()
                  + " ("
                  + result
                  + "): is another git command running in this repository? Publish again");
    }
  }

  /**
   * Pushes the local branch, now at {@code tip}. When the remote's branch moved meanwhile, the
   * local branch goes back to {@code previous} so that the next run builds on the remote's new
   * commit.
   */
  void push(ObjectId previous, ObjectId tip) throws IOException {
    Iterable<PushResult> results;
    try {
      results =
          Git.wrap(ws.repo)
              .push()
              .setRemote(ws.remoteArgument)
              .setRefSpecs(new RefSpec(branchRef + ":" + branchRef))
              .setTimeout(TIMEOUT)
              .setCredentialsProvider(credentials())
              .call();
    } catch (GitAPIException | RuntimeException e) {
      throw new PublishException(
          "cannot push "
              + options.branch()
              + " to "
              + ws.shownRemote
              + ": "
              + redactor.clean(e.getMessage())
              + " (check that GITHUB_TOKEN or -Dbriefing.token may push to it)"
              + keptNote(),
          redactor.clean(e));
    }
    for (PushResult result : results) {
      for (RemoteRefUpdate update : result.getRemoteUpdates()) {
        checkPushed(update, previous, tip);
      }
    }
  }

  /** Throws, saying why, unless the remote took {@code update}. */
  private void checkPushed(RemoteRefUpdate update, ObjectId previous, ObjectId tip)
      throws IOException {
    switch (update.getStatus()) {
      case OK, UP_TO_DATE -> {}
      case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
        undo(ws.repo, branchRef, previous, tip);
        throw new PublishException(
            "the remote "
                + ws.shownRemote
                + " rejected the push of "
                + options.branch()
                + ": its branch moved meanwhile (someone else published?); "
                + "nothing was changed: run briefing:publish again");
      }
      default ->
          throw new PublishException(
              "the remote "
                  + ws.shownRemote
                  + " rejected the push of "
                  + options.branch()
                  + " ("
                  + (update.getMessage() == null
                      ? update.getStatus()
                      : redactor.clean(update.getMessage()))
                  + ")"
                  + keptNote());
    }
  }

  /**
   * Puts the local branch back where it was (deleting it if it did not exist), if it is still at
   * {@code tip}.
   */
  private static void undo(Repository repo, String branchRef, ObjectId previous, ObjectId tip)
      throws IOException {
    if (tip.equals(previous)) {
      return;
    }
    RefUpdate update = repo.updateRef(branchRef);
    update.setExpectedOldObjectId(tip);
    update.setForceUpdate(true);
    if (previous == null) {
      update.delete();
    } else {
      update.setNewObjectId(previous);
      update.update();
    }
  }

  private String keptNote() {
    return "; the commit is kept on the local branch "
        + options.branch()
        + ": run briefing:publish again to push it";
  }

  private CredentialsProvider credentials() {
    return options
        .token()
        .map(
            t ->
                (CredentialsProvider)
                    new UsernamePasswordCredentialsProvider("x-access-token", t.value()))
        .orElse(null);
  }
}
