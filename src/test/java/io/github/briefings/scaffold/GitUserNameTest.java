package io.github.briefings.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitUserNameTest {

  @TempDir Path tmp;

  @Test
  void readsTheRepositoryConfigBeforeTheUsersOne() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path repo = Files.createDirectories(tmp.resolve("repo/.git"));
    Files.writeString(
        home.resolve(".gitconfig"), "[user]\n\tname = Global Name\n\temail = g@example.org\n");
    Path project = Files.createDirectories(tmp.resolve("repo/newsroom"));
    assertThat(GitUserName.find(project, home, Map.of())).contains("Global Name");

    Files.writeString(
        repo.resolve("config"),
        """
                [core]
                	name = not this one
                [user "other"]
                	name = nor this
                [User]
                	Name = "Jeanne  d'Arc" ; a comment
                """);
    assertThat(GitUserName.find(project, home, Map.of())).contains("Jeanne  d'Arc");
    assertThat(GitUserName.find(project, home, Map.of("GIT_AUTHOR_NAME", "From Env")))
        .contains("From Env");
  }

  @Test
  void followsAWorktreeToItsCommonConfigAndFallsBackToXdg() throws Exception {
    Path main = Files.createDirectories(tmp.resolve("main/.git/worktrees/wt"));
    Files.writeString(main.resolve("commondir"), "../..\n");
    Files.writeString(
        tmp.resolve("main/.git/config"), "[user]\n  name = Worktree User # comment\n");
    Path wt = Files.createDirectories(tmp.resolve("wt"));
    Files.writeString(wt.resolve(".git"), "gitdir: " + main + "\n");
    Path home = Files.createDirectories(tmp.resolve("home"));
    assertThat(GitUserName.find(wt, home, Map.of())).contains("Worktree User");

    Path xdg = Files.createDirectories(tmp.resolve("xdg/git"));
    Files.writeString(xdg.resolve("config"), "[user]\nname=Xdg User\n");
    Path alone = Files.createDirectories(tmp.resolve("alone"));
    assertThat(
            GitUserName.find(alone, home, Map.of("XDG_CONFIG_HOME", tmp.resolve("xdg").toString())))
        .contains("Xdg User");
  }

  @Test
  void isEmptyWithoutAName() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve(".gitconfig"), "[user]\n\temail = x@example.org\n");
    assertThat(GitUserName.configFiles(tmp, home, Map.of())).startsWith(home.resolve(".gitconfig"));
    assertThat(GitUserName.read(home.resolve(".gitconfig"))).isEmpty();
  }
}
