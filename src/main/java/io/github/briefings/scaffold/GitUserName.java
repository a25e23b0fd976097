package io.github.briefings.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's name as git would put it on a commit: {@code GIT_AUTHOR_NAME}, else {@code user.name}
 * from the repository's configuration (worktrees included), {@code ~/.gitconfig}, {@code
 * $XDG_CONFIG_HOME/git/config} (or {@code ~/.config/git/config}) or {@code /etc/gitconfig}, in
 * git's order of precedence. {@code include} directives are not followed.
 */
public final class GitUserName {

  private GitUserName() {}

  /**
   * Looks the name up.
   *
   * @param projectDir where the repository is searched from (upwards)
   * @param home the user's home folder
   * @param env the environment ({@code GIT_AUTHOR_NAME}, {@code XDG_CONFIG_HOME})
   */
  public static Optional<String> find(Path projectDir, Path home, Map<String, String> env) {
    String fromEnv = env.get("GIT_AUTHOR_NAME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv.strip());
    }
    for (Path file : configFiles(projectDir, home, env)) {
      Optional<String> name = read(file);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** The configuration files, the one that wins first. */
  static List<Path> configFiles(Path projectDir, Path home, Map<String, String> env) {
    List<Path> files = new ArrayList<>();
    gitDir(projectDir)
        .ifPresent(
            gitDir -> {
              files.add(gitDir.resolve("config.worktree"));
              files.add(commonDir(gitDir).resolve("config"));
            });
    if (home != null) {
      files.add(home.resolve(".gitconfig"));
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      files.add(Path.of(xdg, "git", "config"));
    } else if (home != null) {
      files.add(home.resolve(".config").resolve("git").resolve("config"));
    }
    files.add(Path.of("/etc/gitconfig"));
    return files;
  }

  /**
   * The {@code .git} folder of the repository holding {@code dir} (following a worktree's {@code
   * .git} file).
   */
  static Optional<Path> gitDir(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path git = d.resolve(".git");
      if (Files.isDirectory(git)) {
        return Optional.of(git);
      }
      if (Files.isRegularFile(git)) {
        try {
          String text = Files.readString(git, StandardCharsets.UTF_8).strip();
          if (text.startsWith("gitdir:")) {
            return Optional.of(d.resolve(text.substring(7).strip()).normalize());
          }
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Path commonDir(Path gitDir) {
    Path common = gitDir.resolve("commondir");
    if (Files.isRegularFile(common)) {
      try {
        return gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize();
      } catch (IOException e) {
        return gitDir;
      }
    }
    return gitDir;
  }

  /** {@code user.name} in one file (the last one set wins, as in git). */
  static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    String section = "";
    String name = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        int end = line.indexOf(']');
        if (end < 0) {
          continue;
        }
        String header = line.substring(1, end).strip();
        section = header.toLowerCase(Locale.ROOT);
        line = line.substring(end + 1).strip();
        if (line.isEmpty()) {
          continue;
        }
      }
      if (!section.equals("user")
          || line.isEmpty()
          || line.startsWith("#")
          || line.startsWith(";")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      if (line.substring(0, eq).strip().equalsIgnoreCase("name")) {
        String value = value(line.substring(eq + 1));
        name = value.isBlank() ? null : value;
      }
    }
    return Optional.ofNullable(name);
  }

  /** A value with quotes, escapes and trailing comments handled as git does. */
  private static String value(String text) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'b' -> '\b';
              default -> next;
            });
      } else if (!quoted && (c == '#' || c == ';')) {
        break;
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
