package io.github.briefings.publish;

import io.github.briefings.publish.PublishResult.Status;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Commits a built site to a branch and pushes it, with JGit only. The commit is made directly in
 * the object database (blobs, a tree from an in-memory index, a commit, a ref update): the
 * checked-out branch, the index and the working tree are never touched. The branch starts as an
 * orphan when neither the repository nor the remote has it; identical content makes no commit.
 */
public final class Publisher {

  /** How long a network operation may wait, in seconds. */
  private static final int TIMEOUT = 120;

  private static final Pattern SCP_LIKE = Pattern.compile("^[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:.*");

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
    try (Workspace ws = open(false)) {
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
    try (Workspace ws = open(true)) {
      ws.checkBranchNotCheckedOut(options.branch());
      return publish(ws, SiteTree.read(siteDir));
    } catch (IOException e) {
      throw new PublishException(
          "cannot write to the repository: " + redactor.clean(e.getMessage()), redactor.clean(e));
    }
  }

  private PublishResult publish(Workspace ws, SiteTree site) throws IOException {
    String branchRef = Constants.R_HEADS + options.branch();
    Repository repo = ws.repo;
    ObjectId remoteTip = fetchRemoteTip(ws, branchRef);
    Ref localRef = repo.exactRef(branchRef);
    ObjectId localTip = localRef == null ? null : localRef.getObjectId();
    ObjectId base = base(repo, localTip, remoteTip);
    String source = ws.sourceCommit();
    List<String> uncommitted = ws.uncommitted(options.projectDir());

    SortedMap<String, ObjectId> before = base == null ? new TreeMap<>() : treeOf(repo, base);
    List<Change> changes = diff(before, site.blobs());
    if (changes.isEmpty()) {
      boolean pushed = false;
      if (!options.dryRun() && base != null && !base.equals(remoteTip)) {
        // a commit made earlier whose push failed: push it now
        updateLocalBranch(repo, branchRef, localTip, base);
        push(ws, branchRef, localTip, base);
        pushed = true;
      }
      Status status = options.dryRun() ? Status.DRY_RUN : Status.UNCHANGED;
      return new PublishResult(
          status,
          changes,
          base == null ? null : base.name(),
          source,
          ws.shownRemote,
          options.branch(),
          pushed,
          uncommitted);
    }
    if (options.dryRun()) {
      return new PublishResult(
          Status.DRY_RUN,
          changes,
          base == null ? null : base.name(),
          source,
          ws.shownRemote,
          options.branch(),
          false,
          uncommitted);
    }
    ObjectId commit = commit(repo, site, before, base, source, uncommitted, changes);
    updateLocalBranch(repo, branchRef, localTip, commit);
    push(ws, branchRef, localTip, commit);
    return new PublishResult(
        Status.COMMITTED,
        changes,
        commit.name(),
        source,
        ws.shownRemote,
        options.branch(),
        true,
        uncommitted);
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

  /**
   * Fetches the remote's branch when its tip is not here yet; returns that tip, or null when it has
   * none.
   */
  private ObjectId fetchRemoteTip(Workspace ws, String branchRef) {
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

  private ObjectId commit(
      Repository repo,
      SiteTree site,
      Map<String, ObjectId> before,
      ObjectId parent,
      String source,
      List<String> uncommitted,
      List<Change> changes)
      throws IOException {
    try (ObjectInserter inserter = repo.newObjectInserter();
        ObjectReader reader = repo.newObjectReader()) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      for (Map.Entry<String, ObjectId> e : site.blobs().entrySet()) {
        ObjectId id = e.getValue();
        if (!id.equals(before.get(e.getKey())) && !reader.has(id)) {
          ObjectId written = inserter.insert(Constants.OBJ_BLOB, site.bytes(e.getKey()));
          if (!written.equals(id)) {
            throw new PublishException(
                "the file " + e.getKey() + " changed while publishing: " + "publish again");
          }
        }
        DirCacheEntry entry;
        try {
          entry = new DirCacheEntry(e.getKey());
        } catch (IllegalArgumentException bad) {
          throw new PublishException(
              "the site holds a path git cannot store (" + e.getKey() + "): rename it");
        }
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(id);
        builder.add(entry);
      }
      builder.finish();
      ObjectId tree = index.writeTree(inserter);

      PersonIdent me = new PersonIdent(repo);
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      if (parent != null) {
        commit.setParentId(parent);
      }
      commit.setAuthor(me);
      commit.setCommitter(me);
      commit.setMessage(message(source, uncommitted, changes));
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    }
  }

  private String message(String source, List<String> uncommitted, List<Change> changes) {
    long added = changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).count();
    long changed = changes.stream().filter(c -> c.kind() == Change.Kind.CHANGED).count();
    long removed = changes.size() - added - changed;
    String from =
        source == null
            ? "a project that is not in git (or has no commit yet)"
            : source.substring(0, 12);
    StringBuilder out =
        new StringBuilder("Publish the briefing site built from ")
            .append(from)
            .append(uncommitted.isEmpty() ? "" : " with uncommitted changes")
            .append("\n\n");
    if (source != null) {
      out.append("Source commit: ").append(source).append('\n');
    }
    if (!uncommitted.isEmpty()) {
      out.append("Uncommitted changes published (-Dbriefing.allowDirty):\n");
      uncommitted.forEach(line -> out.append("  ").append(line).append('\n'));
    }
    out.append("Files: ")
        .append(added)
        .append(" added, ")
        .append(changed)
        .append(" changed, ")
        .append(removed)
        .append(" removed\n");
    out.append("Made by briefing:publish.\n");
    return out.toString();
  }

  private void updateLocalBranch(Repository repo, String branchRef, ObjectId expected, ObjectId tip)
      throws IOException {
    if (tip.equals(expected)) {
      return;
    }
    RefUpdate update = repo.updateRef(branchRef);
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
  private void push(Workspace ws, String branchRef, ObjectId previous, ObjectId tip)
      throws IOException {
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

  private static SortedMap<String, ObjectId> treeOf(Repository repo, ObjectId commitId)
      throws IOException {
    SortedMap<String, ObjectId> out = new TreeMap<>();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit commit = walk.parseCommit(commitId);
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        // a mode change (say, a file made executable by hand) counts as a change
        ObjectId id =
            tree.getFileMode(0) == FileMode.REGULAR_FILE ? tree.getObjectId(0) : ObjectId.zeroId();
        out.put(tree.getPathString(), id);
      }
    }
    return out;
  }

  private static List<Change> diff(Map<String, ObjectId> before, Map<String, ObjectId> after) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      ObjectId was = before.get(path);
      ObjectId now = after.get(path);
      if (was == null) {
        changes.add(new Change(Change.Kind.ADDED, path));
      } else if (now == null) {
        changes.add(new Change(Change.Kind.REMOVED, path));
      } else if (!was.equals(now)) {
        changes.add(new Change(Change.Kind.CHANGED, path));
      }
    }
    changes.sort(Change.ORDER);
    return changes;
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

  /** Opens the project's repository (or the scratch one) and resolves the remote; no network. */
  private Workspace open(boolean createScratch) {
    Path project = options.projectDir();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
    boolean isUrl = looksLikeUrl(options.remote());
    Repository repo;
    boolean own;
    try {
      if (builder.getGitDir() != null) {
        repo = builder.setMustExist(true).build();
        own = true;
      } else if (isUrl) {
        Path scratch = options.scratchRepository();
        if (Files.isDirectory(scratch)) {
          repo = new FileRepositoryBuilder().setGitDir(scratch.toFile()).setMustExist(true).build();
        } else if (createScratch) {
          repo = Git.init().setBare(true).setDirectory(scratch.toFile()).call().getRepository();
        } else {
          repo = null;
        }
        own = false;
      } else {
        throw new PublishException(
            project
                + " is not in a git repository: run git init and "
                + "git remote add origin https://github.com/ORG/REPO.git there, or give the remote as a URL "
                + "with -Dbriefing.remote=https://github.com/ORG/REPO.git");
      }
    } catch (IOException | GitAPIException e) {
      throw new PublishException(
          "cannot open the git repository of " + project + ": " + redactor.clean(e.getMessage()),
          redactor.clean(e));
    }
    try {
      URIish uri;
      String remoteName = null;
      if (isUrl) {
        uri = new URIish(options.remote());
      } else {
        RemoteConfig remote = new RemoteConfig(repo.getConfig(), options.remote());
        List<URIish> uris =
            !remote.getPushURIs().isEmpty() ? remote.getPushURIs() : remote.getURIs();
        if (uris.isEmpty()) {
          throw new PublishException(
              "the repository "
                  + repo.getDirectory()
                  + " has no remote named '"
                  + options.remote()
                  + "': add one (git remote add "
                  + options.remote()
                  + " https://github.com/ORG/REPO.git) or name another with -Dbriefing.remote=NAME or URL");
        }
        uri = uris.get(0);
        remoteName = options.remote();
      }
      String shown =
          redactor.clean(remoteName == null ? uri.toString() : remoteName + " (" + uri + ")");
      if (isSsh(uri)) {
        throw new PublishException(
            "the remote "
                + shown
                + " is an SSH address, which briefing:publish "
                + "does not use: publish over HTTPS with -Dbriefing.remote=https://github.com/ORG/REPO.git "
                + "and a token in GITHUB_TOKEN");
      }
      return new Workspace(repo, own, remoteName, isUrl ? options.remote() : remoteName, shown);
    } catch (URISyntaxException e) {
      if (repo != null) {
        repo.close();
      }
      throw new PublishException(
          "'"
              + redactor.clean(options.remote())
              + "' is not a remote name or URL: "
              + "set -Dbriefing.remote=origin or a URL");
    } catch (RuntimeException e) {
      if (repo != null) {
        repo.close();
      }
      throw e;
    }
  }

  private static boolean looksLikeUrl(String remote) {
    return remote.contains("://")
        || remote.startsWith("/")
        || SCP_LIKE.matcher(remote).matches()
        || remote.matches("^[A-Za-z]:[\\\\/].*");
  }

  private static boolean isSsh(URIish uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return uri.getHost() != null;
    }
    return scheme.equals("ssh") || scheme.equals("ssh+git") || scheme.equals("git+ssh");
  }

  /** The repository being written and the remote being pushed to. */
  private static final class Workspace implements AutoCloseable {
    final Repository repo;
    final boolean projectRepository;
    final String remoteName;
    final String remoteArgument;
    final String shownRemote;

    Workspace(
        Repository repo,
        boolean projectRepository,
        String remoteName,
        String remoteArgument,
        String shownRemote) {
      this.repo = repo;
      this.projectRepository = projectRepository;
      this.remoteName = remoteName;
      this.remoteArgument = remoteArgument;
      this.shownRemote = shownRemote;
    }

    /** The project's HEAD commit, or null (not in git, or no commit yet). */
    String sourceCommit() throws IOException {
      if (!projectRepository) {
        return null;
      }
      ObjectId head = repo.resolve(Constants.HEAD);
      return head == null ? null : head.name();
    }

    /**
     * The files under the project's {@code content/}, {@code site/} and {@code templates/} that
     * differ from HEAD (modified, added, deleted, not in git), as {@code content/2024/x.md
     * (modified)}, sorted; empty outside a project repository with a work tree.
     */
    List<String> uncommitted(Path projectDir) throws IOException {
      if (repo == null || !projectRepository || repo.isBare()) {
        return List.of();
      }
      return UncommittedSources.of(repo, projectDir);
    }

    /** Moving the checked-out branch would leave the working tree out of step: refuse. */
    void checkBranchNotCheckedOut(String branch) {
      if (repo == null || !projectRepository || repo.isBare()) {
        return;
      }
      try {
        if ((Constants.R_HEADS + branch).equals(repo.getFullBranch())) {
          throw new PublishException(
              "the branch "
                  + branch
                  + " is checked out in "
                  + repo.getWorkTree()
                  + ": switch to your source branch (git switch main) and publish again");
        }
      } catch (IOException e) {
        throw new PublishException(
            "cannot read HEAD of " + repo.getDirectory() + ": " + e.getMessage());
      }
    }

    @Override
    public void close() {
      if (repo != null) {
        repo.close();
      }
    }
  }
}
