package io.github.briefings.publish;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;

/**
 * The repository a publish writes to (the project's own, or a scratch one when the remote is given
 * as a URL outside any repository) and the remote it pushes to, found without any network.
 */
final class Workspace implements AutoCloseable {

  private static final Pattern SCP_LIKE = Pattern.compile("^[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:.*");

  final Repository repo;
  final boolean projectRepository;
  final String remoteName;
  final String remoteArgument;
  final String shownRemote;

  private Workspace(
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

  /**
   * Opens the project's repository (or the scratch one, made when {@code createScratch} and
   * missing; without it, a workspace with no repository) and resolves the remote; no network.
   * Throws {@link PublishException} saying what to do.
   */
  static Workspace open(PublishOptions options, Redactor redactor, boolean createScratch) {
    boolean isUrl = looksLikeUrl(options.remote());
    Opened opened = openRepository(options, redactor, isUrl, createScratch);
    Repository repo = opened.repo();
    try {
      return withRemote(options, redactor, repo, opened.own(), isUrl);
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

  /** A repository just opened, and whether it is the project's own. */
  private record Opened(Repository repo, boolean own) {}

  private static Opened openRepository(
      PublishOptions options, Redactor redactor, boolean isUrl, boolean createScratch) {
    Path project = options.projectDir();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
    try {
      if (builder.getGitDir() != null) {
        return new Opened(builder.setMustExist(true).build(), true);
      } else if (isUrl) {
        Path scratch = options.scratchRepository();
        Repository repo;
        if (Files.isDirectory(scratch)) {
          repo = new FileRepositoryBuilder().setGitDir(scratch.toFile()).setMustExist(true).build();
        } else if (createScratch) {
          repo = Git.init().setBare(true).setDirectory(scratch.toFile()).call().getRepository();
        } else {
          repo = null;
        }
        return new Opened(repo, false);
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
  }

  /**
   * The workspace of {@code repo} once the remote is resolved: by URL, or by name in its config.
   */
  private static Workspace withRemote(
      PublishOptions options, Redactor redactor, Repository repo, boolean own, boolean isUrl)
      throws URISyntaxException {
    URIish uri;
    String remoteName = null;
    if (isUrl) {
      uri = new URIish(options.remote());
    } else {
      RemoteConfig remote = new RemoteConfig(repo.getConfig(), options.remote());
      List<URIish> uris = !remote.getPushURIs().isEmpty() ? remote.getPushURIs() : remote.getURIs();
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
    if (options.token().isPresent() && "http".equalsIgnoreCase(uri.getScheme())) {
      throw new PublishException(
          "the remote "
              + shown
              + " is plain http, which would send the token unencrypted: use its https:// address"
              + " (-Dbriefing.remote=https://…)");
    }
    return new Workspace(repo, own, remoteName, isUrl ? options.remote() : remoteName, shown);
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
