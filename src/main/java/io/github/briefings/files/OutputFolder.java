package io.github.briefings.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder a build replaces whole (the site, the preview): which folders it may be. Never the
 * project, its sources or another goal's folder, and never a folder holding files that a build did
 * not write: each build marks its output with {@value #MARKER}.
 *
 * @param project the project folder
 * @param parameter the parameter that names the folder, e.g. {@code briefing.outputDirectory}
 * @param suggestion the folder to propose instead, relative to the project
 * @param others other goals' folders, which this one may neither be, hold nor lie in
 */
public record OutputFolder(Path project, String parameter, String suggestion, List<Path> others) {

  /** The file each build leaves in its output to say the folder is a build's. */
  public static final String MARKER = ".briefings-site";

  /** The project's sources, relative to its folder. */
  private static final List<String> SOURCES =
      List.of("content", "site", "templates", "src", ".git", ".github", "pom.xml", ".mvn");

  public OutputFolder {
    others = List.copyOf(others);
  }

  /** Writes the marker into a new output folder. */
  public static void mark(Path folder) throws IOException {
    Files.writeString(
        folder.resolve(MARKER),
        "Written by Briefings (briefing-maven-plugin): every build replaces this whole folder.\n",
        StandardCharsets.UTF_8);
  }

  /** Why {@code folder} may not receive a build's output, in one line; empty when it may. */
  public Optional<String> refusal(Path folder) {
    Path root = real(project);
    Path f = real(project.resolve(folder));
    String shown = "-D" + parameter + "=" + shown(root, f, folder);
    String instead = ": a build replaces everything in it; use a folder of its own, e.g. -D";
    String fix = instead + parameter + "=" + suggestion;
    if (f.equals(root) || root.startsWith(f)) {
      return Optional.of(shown + (f.equals(root) ? " is" : " holds") + " the project folder" + fix);
    }
    for (String source : SOURCES) {
      String name = source.equals("pom.xml") ? source : source + "/ folder";
      Optional<String> clash = clash(f, root.resolve(source), "the project's " + name);
      if (clash.isPresent()) {
        return Optional.of(shown + clash.get() + fix);
      }
    }
    for (Path other : others) {
      Path o = real(project.resolve(other));
      Optional<String> clash = clash(f, o, "another goal's folder " + root.relativize(o));
      if (clash.isPresent()) {
        return Optional.of(shown + clash.get() + fix);
      }
    }
    if (Files.exists(f) && !Files.isDirectory(f)) {
      return Optional.of(shown + " is a file, not a folder" + fix);
    }
    if (holdsOthersFiles(f)) {
      return Optional.of(
          shown
              + " holds files a build did not write (no "
              + MARKER
              + " in it): empty it or choose another folder, e.g. -D"
              + parameter
              + "="
              + suggestion);
    }
    return Optional.empty();
  }

  /** The folder as the writer knows it: relative to the project when inside it. */
  private static String shown(Path root, Path real, Path given) {
    if (real.equals(root)) {
      return ".";
    }
    return real.startsWith(root)
        ? root.relativize(real).toString().replace('\\', '/')
        : given.toString();
  }

  private static Optional<String> clash(Path folder, Path taken, String name) {
    if (folder.equals(taken)) {
      return Optional.of(" is " + name);
    }
    if (folder.startsWith(taken)) {
      return Optional.of(" lies inside " + name);
    }
    if (taken.startsWith(folder) && Files.exists(taken)) {
      return Optional.of(" holds " + name);
    }
    return Optional.empty();
  }

  /** Whether a folder has files but no marker (a site written before markers counts as ours). */
  private static boolean holdsOthersFiles(Path folder) {
    if (!Files.isDirectory(folder) || Files.exists(folder.resolve(MARKER))) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent() && !writtenBefore(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A site from a version without the marker: its Atom feed names Briefings as its generator. */
  private static boolean writtenBefore(Path folder) throws IOException {
    Path feed = folder.resolve("feed.xml");
    if (!Files.isRegularFile(feed)) {
      return false;
    }
    byte[] head = new byte[4096];
    int read;
    try (java.io.InputStream in = Files.newInputStream(feed)) {
      read = in.readNBytes(head, 0, head.length);
    }
    return new String(head, 0, read, StandardCharsets.UTF_8)
        .contains("<generator>Briefings</generator>");
  }

  /** The path with symbolic links resolved as far as it exists. */
  private static Path real(Path path) {
    Path p = path.toAbsolutePath().normalize();
    Path existing = p;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return p;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(p));
    } catch (IOException e) {
      return p;
    }
  }
}
