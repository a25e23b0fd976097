package io.github.briefings.publish;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to publish.
 *
 * @param projectDir the project; its git repository (found from here upwards) receives the branch
 * @param remote a remote's name ({@code origin}) or a URL
 * @param branch the branch the site is committed to ({@code gh-pages})
 * @param token the credentials to push with (as user {@code x-access-token}), or empty to use the
 *     remote's own
 * @param dryRun only say what would change: no commit, no push
 * @param scratchRepository a bare repository used when the project is not in git and {@code remote}
 *     is a URL
 * @param allowDirty publish even when {@code content/}, {@code site/} or {@code templates/} have
 *     uncommitted changes (the commit message then says so)
 */
public record PublishOptions(
    Path projectDir,
    String remote,
    String branch,
    Optional<AccessToken> token,
    boolean dryRun,
    Path scratchRepository,
    boolean allowDirty) {

  public PublishOptions {
    projectDir = projectDir.toAbsolutePath().normalize();
    remote = remote == null || remote.isBlank() ? "origin" : remote.strip();
    branch = branch == null || branch.isBlank() ? "gh-pages" : branch.strip();
    token = Objects.requireNonNullElse(token, Optional.empty());
    scratchRepository =
        scratchRepository == null
            ? projectDir.resolve("target").resolve("briefing-publish.git")
            : projectDir.resolve(scratchRepository).toAbsolutePath().normalize();
  }

  /** Remote {@code origin}, branch {@code gh-pages}, no token, not a dry run. */
  public static PublishOptions defaults(Path projectDir) {
    return new PublishOptions(
        projectDir, "origin", "gh-pages", Optional.empty(), false, null, false);
  }

  public PublishOptions withRemote(String name) {
    return new PublishOptions(
        projectDir, name, branch, token, dryRun, scratchRepository, allowDirty);
  }

  public PublishOptions withBranch(String name) {
    return new PublishOptions(
        projectDir, remote, name, token, dryRun, scratchRepository, allowDirty);
  }

  public PublishOptions withToken(Optional<AccessToken> secret) {
    return new PublishOptions(
        projectDir, remote, branch, secret, dryRun, scratchRepository, allowDirty);
  }

  public PublishOptions withDryRun(boolean on) {
    return new PublishOptions(projectDir, remote, branch, token, on, scratchRepository, allowDirty);
  }

  public PublishOptions withAllowDirty(boolean on) {
    return new PublishOptions(projectDir, remote, branch, token, dryRun, scratchRepository, on);
  }

  public PublishOptions withScratchRepository(Path dir) {
    return new PublishOptions(projectDir, remote, branch, token, dryRun, dir, allowDirty);
  }
}
