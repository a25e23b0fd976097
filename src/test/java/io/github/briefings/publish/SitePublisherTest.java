package io.github.briefings.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.PublishReport;
import io.github.briefings.SitePublisher;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing against a real bare repository on disk, reached through a file:// remote. */
class SitePublisherTest {

  private static final String BRIEFING = "content/2024/2024-11-06-traite.md";
  private static final String PAGE = "2024/11/traite/index.html";
  private static final String SECRET = "ghs_Sup3rSecretT0ken";

  @TempDir Path tmp;

  private TestProject project;
  private Git projectGit;
  private Path remoteDir;
  private String sourceCommit;

  @BeforeEach
  void setUp() throws Exception {
    project =
        new TestProject(tmp.resolve("project"))
            .briefing(BRIEFING, "La Russie ratifie", "2024-11-06T18:00:00+01:00", "")
            .briefing("content/2024/other.md", "Second", "2024-11-07", "lang: en\n")
            .write("site/static/CNAME", "briefings.example.org\n")
            .write(".gitignore", "target/\n");
    remoteDir = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(remoteDir.toFile()).call().close();
    projectGit = Git.init().setDirectory(project.dir().toFile()).setInitialBranch("main").call();
    sourceCommit = commitAll("The example briefings");
    projectGit
        .remoteAdd()
        .setName("origin")
        .setUri(new URIish(remoteDir.toUri().toString()))
        .call();
  }

  @AfterEach
  void tearDown() {
    projectGit.close();
  }

  private String commitAll(String message) throws Exception {
    projectGit.add().addFilepattern(".").call();
    projectGit.add().addFilepattern(".").setUpdate(true).call();
    return projectGit
        .commit()
        .setMessage(message)
        .setAuthor("Desk", "desk@example.org")
        .setCommitter("Desk", "desk@example.org")
        .call()
        .name();
  }

  private BuildOptions build() {
    return project.options();
  }

  private PublishOptions publishOptions() {
    return PublishOptions.defaults(project.dir());
  }

  private PublishReport publish() {
    return SitePublisher.run(build(), publishOptions());
  }

  private ObjectId remoteTip() throws IOException {
    try (Repository remote = Git.open(remoteDir.toFile()).getRepository()) {
      Ref ref = remote.exactRef("refs/heads/gh-pages");
      return ref == null ? null : ref.getObjectId();
    }
  }

  private ObjectId localTip() throws IOException {
    Ref ref = projectGit.getRepository().exactRef("refs/heads/gh-pages");
    return ref == null ? null : ref.getObjectId();
  }

  private static List<String> filesOf(Repository repo, ObjectId commitId) throws IOException {
    List<String> files = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      tree.addTree(walk.parseCommit(commitId).getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        files.add(tree.getPathString());
      }
    }
    return files;
  }

  private static List<String> diffOf(Repository repo, ObjectId commitId) throws IOException {
    try (RevWalk walk = new RevWalk(repo);
        Git git = Git.wrap(repo);
        var reader = repo.newObjectReader()) {
      RevCommit commit = walk.parseCommit(commitId);
      RevCommit parent = walk.parseCommit(commit.getParent(0));
      CanonicalTreeParser before = new CanonicalTreeParser(null, reader, parent.getTree());
      CanonicalTreeParser after = new CanonicalTreeParser(null, reader, commit.getTree());
      return git.diff().setOldTree(before).setNewTree(after).call().stream()
          .map(
              d ->
                  d.getChangeType()
                      + " "
                      + (d.getChangeType() == DiffEntry.ChangeType.DELETE
                          ? d.getOldPath()
                          : d.getNewPath()))
          .toList();
    } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  private void changeBody(String newBody) throws IOException {
    Path file = project.dir().resolve(BRIEFING);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("Body of the briefing.", newBody), StandardCharsets.UTF_8);
  }

  @Test
  void theFirstPublishCreatesTheBranchWithTheSiteNojekyllAndCname() throws Exception {
    PublishReport report = publish();

    assertThat(report.refused()).isFalse();
    PublishResult result = report.publish();
    assertThat(result.status()).isEqualTo(PublishResult.Status.COMMITTED);
    assertThat(result.pushed()).isTrue();
    assertThat(result.sourceCommit()).isEqualTo(sourceCommit);
    ObjectId tip = remoteTip();
    assertThat(tip).isNotNull();
    assertThat(tip.name()).isEqualTo(result.commit());
    assertThat(localTip()).isEqualTo(tip);
    try (Repository remote = Git.open(remoteDir.toFile()).getRepository();
        RevWalk walk = new RevWalk(remote)) {
      RevCommit commit = walk.parseCommit(tip);
      assertThat(commit.getParentCount()).as("an orphan branch").isZero();
      assertThat(commit.getFullMessage())
          .contains(sourceCommit)
          .contains(sourceCommit.substring(0, 12));
      List<String> files = filesOf(remote, tip);
      assertThat(files)
          .contains(
              ".nojekyll",
              "CNAME",
              "index.html",
              "404.html",
              "style.css",
              PAGE,
              "en/2024/11/other/index.html",
              "media/images/lead.jpg");
      try (Stream<Path> walkOut = Files.walk(project.out())) {
        long onDisk = walkOut.filter(Files::isRegularFile).count();
        assertThat(files).hasSize((int) onDisk + 1); // + .nojekyll
      }
      assertThat(result.changes()).extracting(Change::kind).containsOnly(Change.Kind.ADDED);
      assertThat(result.changes()).hasSize(files.size());
    }
    // the user's checkout is untouched: same branch, same commit, nothing staged or modified
    Repository repo = projectGit.getRepository();
    assertThat(repo.getFullBranch()).isEqualTo("refs/heads/main");
    assertThat(repo.resolve(Constants.HEAD).name()).isEqualTo(sourceCommit);
    assertThat(projectGit.status().call().isClean()).isTrue();
    assertThat(Files.exists(project.dir().resolve(".nojekyll"))).isFalse();
    assertThat(Files.exists(project.dir().resolve("index.html"))).isFalse();
  }

  @Test
  void aChangedBriefingMakesOneCommitWithExactlyThatChangeAndAnUnchangedSiteMakesNone()
      throws Exception {
    ObjectId first = ObjectId.fromString(publish().publish().commit());

    changeBody("A corrected body of the briefing.");
    String second = commitAll("Correct the body");
    PublishResult changed = publish().publish();

    assertThat(changed.status()).isEqualTo(PublishResult.Status.COMMITTED);
    assertThat(changed.changes()).containsExactlyElementsOf(bodyChange());
    ObjectId tip = remoteTip();
    assertThat(tip.name()).isEqualTo(changed.commit());
    try (Repository remote = Git.open(remoteDir.toFile()).getRepository();
        RevWalk walk = new RevWalk(remote)) {
      RevCommit commit = walk.parseCommit(tip);
      assertThat(commit.getParentCount()).isEqualTo(1);
      assertThat(commit.getParent(0).getId()).isEqualTo(first);
      assertThat(commit.getFullMessage()).contains(second);
      assertThat(diffOf(remote, tip))
          .containsExactlyElementsOf(bodyChange().stream().map(c -> "MODIFY " + c.path()).toList());
    }

    PublishResult unchanged = publish().publish();
    assertThat(unchanged.status()).isEqualTo(PublishResult.Status.UNCHANGED);
    assertThat(unchanged.changes()).isEmpty();
    assertThat(unchanged.pushed()).isFalse();
    assertThat(remoteTip()).isEqualTo(tip);
    assertThat(localTip()).isEqualTo(tip);
  }

  @Test
  void filesThatDisappearedAreRemoved() throws Exception {
    publish();
    Files.delete(project.dir().resolve("content/2024/other.md"));
    commitAll("Remove a briefing");
    PublishResult result = publish().publish();
    assertThat(result.changes())
        .contains(new Change(Change.Kind.REMOVED, "en/2024/11/other/index.html"));
    try (Repository remote = Git.open(remoteDir.toFile()).getRepository()) {
      assertThat(filesOf(remote, remoteTip()))
          .doesNotContain("en/2024/11/other/index.html")
          .contains(PAGE, ".nojekyll", "CNAME");
    }
  }

  @Test
  void aSiteWithABrokenLinkIsRefusedAndTheBranchIsUntouched() throws Exception {
    publish();
    ObjectId before = remoteTip();
    changeBody("See [the follow-up](/2024/11/does-not-exist/).");
    commitAll("Link the follow-up");

    PublishReport report = publish();

    assertThat(report.refused()).isTrue();
    assertThat(report.build().succeeded()).isTrue();
    // the only error; the small test photos also draw social-card warnings
    assertThat(report.check().problems())
        .extracting(Problem::toString)
        .filteredOn(p -> p.contains(": error: "))
        .singleElement()
        .asString()
        .startsWith(PAGE + ":")
        .contains("<a href=\"/briefings/2024/11/does-not-exist/\">")
        .contains("not in the site");
    assertThat(remoteTip()).isEqualTo(before);
    assertThat(localTip()).isEqualTo(before);
  }

  @Test
  void aBuildWithErrorsIsRefusedBeforeAnyCommit() throws Exception {
    project.write("content/2024/bad.md", "no front matter\n");
    commitAll("A broken briefing");
    PublishReport report = publish();
    assertThat(report.refused()).isTrue();
    assertThat(report.check()).isNull();
    assertThat(remoteTip()).isNull();
    assertThat(localTip()).isNull();
  }

  @Test
  void aDryRunSaysWhatWouldChangeAndChangesNothing() throws Exception {
    publish();
    ObjectId before = remoteTip();
    changeBody("A body only the dry run sees.");

    PublishResult result = SitePublisher.run(build(), publishOptions().withDryRun(true)).publish();

    assertThat(result.status()).isEqualTo(PublishResult.Status.DRY_RUN);
    assertThat(result.changes()).containsExactlyElementsOf(bodyChange());
    assertThat(result.uncommitted()).containsExactly(BRIEFING + " (modified)");
    assertThat(result.pushed()).isFalse();
    assertThat(remoteTip()).isEqualTo(before);
    assertThat(localTip()).isEqualTo(before);
    // not even the new page's blob was written
    byte[] page = Files.readAllBytes(project.out().resolve(PAGE));
    ObjectId blob;
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      blob = f.idFor(Constants.OBJ_BLOB, page);
    }
    assertThat(projectGit.getRepository().getObjectDatabase().has(blob)).isFalse();
  }

  @Test
  void uncommittedSourcesAreRefusedBeforeTheBuildUnlessAllowedAndThenTheCommitSaysSo()
      throws Exception {
    ObjectId first = ObjectId.fromString(publish().publish().commit());
    changeBody("A body not committed yet.");
    project.briefing("content/2024/new.md", "New", "2024-11-08", "");
    Files.delete(project.dir().resolve("content/2024/other.md"));
    Files.writeString(project.dir().resolve("notes.txt"), "outside the sources: not counted\n");
    long builtBefore = Files.getLastModifiedTime(project.out().resolve(PAGE)).toMillis();

    assertThatThrownBy(this::publish)
        .isInstanceOf(PublishException.class)
        .hasMessage(
            "content/, site/ or templates/ have uncommitted changes, so the site would match no commit: "
                + BRIEFING
                + " (modified), content/2024/new.md (new, not in git), content/2024/other.md "
                + "(deleted); commit them and publish again, or publish them anyway with "
                + "-Dbriefing.allowDirty");
    assertThat(remoteTip()).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(project.out().resolve(PAGE)).toMillis())
        .as("not even built")
        .isEqualTo(builtBefore);

    PublishResult dirty =
        SitePublisher.run(build(), publishOptions().withAllowDirty(true)).publish();

    assertThat(dirty.status()).isEqualTo(PublishResult.Status.COMMITTED);
    assertThat(dirty.uncommitted()).hasSize(3);
    try (Repository remote = Git.open(remoteDir.toFile()).getRepository();
        RevWalk walk = new RevWalk(remote)) {
      String message = walk.parseCommit(remoteTip()).getFullMessage();
      assertThat(message)
          .startsWith(
              "Publish the briefing site built from "
                  + sourceCommit.substring(0, 12)
                  + " with uncommitted changes\n")
          .contains("  content/2024/new.md (new, not in git)\n");
    }
    commitAll("Commit the new briefing");
    assertThat(publish().publish().uncommitted()).isEmpty();
  }

  @Test
  void aDryRunOfANewBranchListsEveryFileAsAdded() throws Exception {
    PublishResult result = SitePublisher.run(build(), publishOptions().withDryRun(true)).publish();
    assertThat(result.status()).isEqualTo(PublishResult.Status.DRY_RUN);
    assertThat(result.changes())
        .contains(new Change(Change.Kind.ADDED, ".nojekyll"), new Change(Change.Kind.ADDED, PAGE));
    assertThat(remoteTip()).isNull();
    assertThat(localTip()).isNull();
  }

  @Test
  void aFreshCloneWithoutTheLocalBranchBuildsOnTheRemoteOne() throws Exception {
    ObjectId first = ObjectId.fromString(publish().publish().commit());
    // another newsroom machine: a repository with the same remote that has never published
    Path clone = tmp.resolve("clone");
    try (Git cloneGit = Git.init().setDirectory(clone.toFile()).setInitialBranch("main").call()) {
      cloneGit
          .remoteAdd()
          .setName("origin")
          .setUri(new URIish(remoteDir.toUri().toString()))
          .call();
    }
    copyTree(project.dir().resolve("content"), clone.resolve("content"));
    copyTree(project.dir().resolve("site"), clone.resolve("site"));
    BuildOptions options = BuildOptions.defaults(clone).withNow(build().now()).withThreads(2);
    // its sources are not committed there: published as they are
    PublishResult again =
        SitePublisher.run(options, PublishOptions.defaults(clone).withAllowDirty(true)).publish();
    assertThat(again.status()).isEqualTo(PublishResult.Status.UNCHANGED);
    assertThat(remoteTip()).isEqualTo(first);
    try (Git cloneGit = Git.open(clone.toFile())) {
      assertThat(cloneGit.getRepository().exactRef("refs/remotes/origin/gh-pages").getObjectId())
          .isEqualTo(first);
    }
  }

  @Test
  void aProjectOutsideGitPublishesToAUrlThroughAScratchRepositoryInTarget() throws Exception {
    TestProject plain =
        new TestProject(tmp.resolve("plain"))
            .briefing("content/a.md", "Plain", "2024-11-06T18:00:00+01:00", "");
    PublishResult result =
        SitePublisher.run(
                plain.options(),
                PublishOptions.defaults(plain.dir()).withRemote(remoteDir.toUri().toString()))
            .publish();
    assertThat(result.status()).isEqualTo(PublishResult.Status.COMMITTED);
    assertThat(result.sourceCommit()).isNull();
    assertThat(remoteTip().name()).isEqualTo(result.commit());
    assertThat(Files.isDirectory(plain.dir().resolve("target/briefing-publish.git"))).isTrue();
    try (Repository remote = Git.open(remoteDir.toFile()).getRepository();
        RevWalk walk = new RevWalk(remote)) {
      assertThat(walk.parseCommit(remoteTip()).getFullMessage()).contains("not in git");
    }
  }

  @Test
  void badSetupsFailWithOneLineSayingWhatToDo() throws Exception {
    TestProject plain =
        new TestProject(tmp.resolve("plain")).briefing("content/a.md", "P", "2024-11-06", "");
    assertThatThrownBy(
            () -> SitePublisher.run(plain.options(), PublishOptions.defaults(plain.dir())))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("is not in a git repository: run git init");
    assertThat(Files.exists(plain.out()))
        .as("nothing is built before the setup is right")
        .isFalse();

    assertThatThrownBy(() -> SitePublisher.run(build(), publishOptions().withRemote("upstream")))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("has no remote named 'upstream': add one (git remote add upstream");

    assertThatThrownBy(() -> SitePublisher.run(build(), publishOptions().withBranch("bad..name")))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("not a valid branch name");

    assertThatThrownBy(
            () ->
                SitePublisher.run(
                    build(), publishOptions().withRemote("git@github.com:org/repo.git")))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("SSH address");

    String secret = "ghp_plainHttpMustNeverSeeThis";
    assertThatThrownBy(
            () ->
                SitePublisher.run(
                    build(),
                    publishOptions()
                        .withRemote("http://git.example.org/org/repo.git")
                        .withToken(AccessToken.of(secret))))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("is plain http, which would send the token unencrypted")
        .hasMessageNotContaining(secret);

    projectGit.checkout().setOrphan(true).setName("gh-pages").call();
    assertThatThrownBy(() -> SitePublisher.run(build(), publishOptions()))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("the branch gh-pages is checked out");
  }

  @Test
  void theTokenNeverAppearsInResultsOrErrors() throws Exception {
    Optional<AccessToken> token = AccessToken.of(SECRET);
    PublishOptions withToken = publishOptions().withToken(token);
    assertThat(withToken.toString()).doesNotContain(SECRET);
    assertThat(token.get().toString()).doesNotContain(SECRET);

    // a file remote ignores the credentials: publishing works
    PublishReport ok = SitePublisher.run(build(), withToken);
    assertThat(ok.publish().status()).isEqualTo(PublishResult.Status.COMMITTED);
    assertThat(ok.toString()).doesNotContain(SECRET);

    // an unreachable HTTPS remote, with the token both as credentials and inside the URL
    for (String url :
        new String[] {
          "https://127.0.0.1:1/org/repo.git",
          "https://x-access-token:" + SECRET + "@127.0.0.1:1/org/repo.git"
        }) {
      Throwable error =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> SitePublisher.run(build(), withToken.withRemote(url)));
      assertThat(error).isInstanceOf(PublishException.class);
      assertThat(error.getMessage()).contains("cannot read the remote").doesNotContain("\n");
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(SECRET);
    }
  }

  @Test
  void aRejectedPushIsOneLineAndTheKeptCommitIsPushedByTheNextRun() throws Exception {
    publish();
    changeBody("A change the remote refuses at first.");
    commitAll("Change the body");
    // the remote cannot lock its branch: it rejects the update, as a server would
    Path lock = remoteDir.resolve("refs/heads/gh-pages.lock");
    assertThat(remoteDir.resolve("refs/heads/gh-pages")).exists();
    Files.writeString(lock, "");
    ObjectId before = remoteTip();

    assertThatThrownBy(this::publish)
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("gh-pages")
        .hasMessageContaining(
            "rejected the push of gh-pages (failed to lock); the commit is kept on the local branch gh-pages: run briefing:publish again to push it")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(remoteTip()).isEqualTo(before);
    ObjectId kept = localTip();
    assertThat(kept).isNotEqualTo(before);

    Files.delete(lock);
    PublishResult retry = publish().publish();
    assertThat(retry.status()).isEqualTo(PublishResult.Status.UNCHANGED);
    assertThat(retry.pushed()).isTrue();
    assertThat(remoteTip()).isEqualTo(kept);
  }

  @Test
  void aLocalBranchThatDivergedFromTheRemoteIsRefused() throws Exception {
    ObjectId first = ObjectId.fromString(publish().publish().commit());
    // someone else published on top of the first commit...
    Path other = tmp.resolve("other");
    try (Git otherGit = Git.init().setDirectory(other.toFile()).setInitialBranch("main").call()) {
      otherGit
          .remoteAdd()
          .setName("origin")
          .setUri(new URIish(remoteDir.toUri().toString()))
          .call();
    }
    copyTree(project.dir().resolve("content"), other.resolve("content"));
    copyTree(project.dir().resolve("site"), other.resolve("site"));
    Files.writeString(other.resolve("site/static/extra.txt"), "from the other machine");
    BuildOptions options = BuildOptions.defaults(other).withNow(build().now()).withThreads(2);
    assertThat(
            SitePublisher.run(options, PublishOptions.defaults(other).withAllowDirty(true))
                .publish()
                .status())
        .isEqualTo(PublishResult.Status.COMMITTED);
    // ...while here a different commit was made on the local branch
    Repository repo = projectGit.getRepository();
    try (ObjectInserter inserter = repo.newObjectInserter();
        RevWalk walk = new RevWalk(repo)) {
      org.eclipse.jgit.lib.CommitBuilder commit = new org.eclipse.jgit.lib.CommitBuilder();
      commit.setTreeId(walk.parseCommit(first).getTree());
      commit.setParentId(first);
      org.eclipse.jgit.lib.PersonIdent who =
          new org.eclipse.jgit.lib.PersonIdent("Desk", "desk@example.org");
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage("A local commit\n");
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      org.eclipse.jgit.lib.RefUpdate update = repo.updateRef("refs/heads/gh-pages");
      update.setNewObjectId(id);
      update.forceUpdate();
    }
    ObjectId remoteBefore = remoteTip();
    assertThatThrownBy(this::publish)
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("have diverged")
        .hasMessageContaining("git branch -D gh-pages");
    assertThat(remoteTip()).isEqualTo(remoteBefore);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** What a changed body changes: its page, and the feeds that carry its full text. */
  private static List<Change> bodyChange() {
    return List.of(
        new Change(Change.Kind.CHANGED, PAGE),
        new Change(Change.Kind.CHANGED, "authors/jean-dupont/feed.xml"),
        new Change(Change.Kind.CHANGED, "countries/kp/feed.xml"),
        new Change(Change.Kind.CHANGED, "countries/ru/feed.xml"),
        new Change(Change.Kind.CHANGED, "feed.xml"),
        new Change(Change.Kind.CHANGED, "topics/defence/feed.xml"));
  }
}
