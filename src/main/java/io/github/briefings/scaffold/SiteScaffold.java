package io.github.briefings.scaffold;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a newsroom's repository in a folder ({@code briefing:init}): a pom declaring the plugin,
 * the site's settings, a credited draft briefing, a template folder, a README for journalists and a
 * publishing workflow. Writes all of it or nothing: bad arguments and files already there are
 * refused, each named.
 */
public final class SiteScaffold {

  private SiteScaffold() {}

  /**
   * Checks the request and writes the repository into {@code dir}.
   *
   * @param pluginVersion the plugin's version, which the new pom declares
   * @param now the welcome briefing's date
   * @param machineZone the time zone when the request names none
   * @return the files written, relative to {@code dir}, in the order written
   * @throws ScaffoldRefused with every reason when nothing was written
   */
  public static List<String> create(
      Path dir, NewSite request, String pluginVersion, Instant now, ZoneId machineZone)
      throws ScaffoldRefused {
    StarterSettings settings = StarterSettings.check(request, machineZone);
    Map<String, byte[]> files = StarterSite.files(settings, pluginVersion, now);
    List<String> collisions = collisions(dir, files.keySet());
    if (!collisions.isEmpty()) {
      int n = collisions.size();
      throw new ScaffoldRefused(
          collisions.stream().map(path -> path + " already exists").toList(),
          (n == 1 ? collisions.get(0) + " already exists" : n + " files already exist")
              + ": run init in an empty folder, or move "
              + (n == 1 ? "it" : "them")
              + " away first");
    }
    write(dir, files);
    return List.copyOf(files.keySet());
  }

  /** The paths that exist already, or whose folder is a file. */
  private static List<String> collisions(Path dir, Iterable<String> paths) {
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      Path file = dir.resolve(path);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        out.add(path);
        continue;
      }
      for (Path parent = file.getParent();
          parent != null && !parent.equals(dir);
          parent = parent.getParent()) {
        if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
          out.add(dir.relativize(parent).toString().replace('\\', '/'));
          break;
        }
      }
    }
    return out.stream().distinct().toList();
  }

  /** Writes every file, never over one; on a failure, removes what it wrote and says why. */
  private static void write(Path dir, Map<String, byte[]> files) throws ScaffoldRefused {
    List<Path> created = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path file = dir.resolve(e.getKey());
        for (Path folder : missingFolders(dir, file.getParent())) {
          Files.createDirectory(folder);
          created.add(folder);
        }
        Files.write(file, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        created.add(file);
      }
    } catch (FileAlreadyExistsException e) {
      undo(created);
      throw new ScaffoldRefused(
          List.of(e.getFile() + " appeared while init was writing: nothing was written"));
    } catch (IOException e) {
      undo(created);
      throw new ScaffoldRefused(
          List.of("cannot write into " + dir + " (" + e + "): nothing was written"));
    }
  }

  /** The folders from {@code dir} down to {@code folder} that do not exist yet, outermost first. */
  private static List<Path> missingFolders(Path dir, Path folder) {
    List<Path> missing = new ArrayList<>();
    for (Path f = folder; f != null && !f.equals(dir) && !Files.isDirectory(f); f = f.getParent()) {
      missing.add(0, f);
    }
    return missing;
  }

  private static void undo(List<Path> created) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (IOException ignored) {
        // best effort: the error already says the folder could not be written
      }
    }
  }
}
