package io.github.briefings.check;

import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.parallel.WorkerPool;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a built site folder: links, images ({@code src} and each {@code srcset} entry),
 * stylesheets, scripts and fragments resolve to files of the site under its base path; pages have a
 * title, a language and a main heading and no duplicate id; XML files are well-formed. Pages are
 * read in parallel; the result is sorted, so the same site always gives the same report.
 */
public final class SiteChecker {

  private final URI baseUrl;
  private final int threads;

  /**
   * @param baseUrl the site's absolute address (its path is the base path of every link)
   * @param threads how many threads read pages (at least 1)
   */
  public SiteChecker(URI baseUrl, int threads) {
    String text = baseUrl.toString();
    this.baseUrl = URI.create(text.endsWith("/") ? text : text + "/");
    this.threads = Math.max(1, threads);
  }

  /**
   * A checker for the site of the project in {@code projectDir}: its {@code baseUrl} from
   * site.yaml, or {@code baseUrl} when not null (a build's override), read by {@code threads}
   * threads.
   */
  public static SiteChecker forSite(Path projectDir, String baseUrl, int threads) {
    SiteConfig site =
        SiteConfigLoader.load(projectDir, baseUrl, new Problems())
            .orElseThrow(
                () -> new IllegalStateException("the site settings cannot be read: build first"));
    return new SiteChecker(site.baseUrl(), threads);
  }

  /**
   * Checks the folder; never throws for a broken site (problems are in the result), only for I/O
   * failures.
   */
  public CheckResult check(Path outputDir) {
    long start = System.nanoTime();
    Path root = outputDir.toAbsolutePath().normalize();
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      problems.add(
          Problem.error(
              root.getFileName().toString(),
              0,
              0,
              "no site to check at " + root + ": build it first (mvn briefing:build)"));
      return new CheckResult(root, problems, List.of(), 0, 0, 0, millisSince(start));
    }
    Set<String> files = new TreeSet<>();
    listFiles(root, files, problems);
    List<String> toScan = files.stream().filter(f -> isHtml(f) || isXml(f)).toList();
    UrlResolver resolver = new UrlResolver(baseUrl, files);

    return WorkerPool.run(
        threads,
        "check",
        () -> {
          List<PageScan> scans = toScan.parallelStream().map(f -> scan(root, f)).toList();
          Map<String, Set<String>> anchors = new HashMap<>();
          for (PageScan scan : scans) {
            problems.addAll(scan.problems());
            if (isHtml(scan.path())) {
              anchors.put(scan.path(), scan.anchors());
            }
          }
          List<ExternalLink> external = new ArrayList<>();
          List<Findings> resolved =
              scans.parallelStream().map(scan -> resolveAll(scan, resolver, anchors)).toList();
          for (Findings found : resolved) {
            problems.addAll(found.problems());
            external.addAll(found.external());
          }
          problems.sort(Problem.ORDER);
          external.sort(ExternalLink.ORDER);
          int pages = (int) toScan.stream().filter(SiteChecker::isHtml).count();
          return new CheckResult(
              root,
              problems,
              external,
              pages,
              toScan.size() - pages,
              files.size(),
              millisSince(start));
        });
  }

  private static PageScan scan(Path root, String path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(path), e);
    }
    if (isXml(path)) {
      return XmlFile.scan(path, bytes);
    }
    return HtmlPage.scan(path, bytes);
  }

  /** What resolving one file's references found. */
  private record Findings(List<Problem> problems, List<ExternalLink> external) {}

  /** The problems and external links of one file's references. */
  private static Findings resolveAll(
      PageScan scan, UrlResolver resolver, Map<String, Set<String>> anchors) {
    List<Problem> out = new ArrayList<>();
    List<ExternalLink> external = new ArrayList<>();
    for (Reference ref : scan.references()) {
      UrlResolver.Target target = resolver.resolve(ref.page(), ref.url());
      String subject = ref.what() == null ? ref.element() : ref.element() + " " + ref.what();
      if (target instanceof UrlResolver.External ext) {
        external.add(
            new ExternalLink(ext.url(), ref.page(), ref.line(), ref.column(), ref.element()));
      } else if (target instanceof UrlResolver.Broken broken) {
        out.add(Problem.error(ref.page(), ref.line(), ref.column(), subject + " " + broken.why()));
      } else if (target instanceof UrlResolver.Internal in) {
        if (!in.exists()) {
          out.add(
              Problem.error(
                  ref.page(),
                  ref.line(),
                  ref.column(),
                  subject
                      + " points to "
                      + in.file()
                      + ", which is not in the site: fix the link or add the file"));
        } else if (in.fragment() != null
            && !in.fragment().isEmpty()
            && !in.fragment().equalsIgnoreCase("top")
            && anchors.containsKey(in.file())
            && !anchors.get(in.file()).contains(in.fragment())) {
          String on =
              in.file().equals(ref.page())
                  ? "no element on this page has"
                  : in.file() + " has no element with";
          out.add(
              Problem.error(
                  ref.page(),
                  ref.line(),
                  ref.column(),
                  subject
                      + " points to #"
                      + in.fragment()
                      + ", but "
                      + on
                      + " id=\""
                      + in.fragment()
                      + "\": add the id or fix the link"));
        }
      }
    }
    return new Findings(out, external);
  }

  /** Every regular file under {@code root}; a link or special file is a problem, never followed. */
  private static void listFiles(Path root, Set<String> files, List<Problem> problems) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = relative(root, file);
              if (attrs.isRegularFile()) {
                files.add(rel);
              } else if (attrs.isSymbolicLink()) {
                problems.add(
                    Problem.error(
                        rel,
                        0,
                        0,
                        "is a symbolic link: the site must hold real files "
                            + "(GitHub Pages does not follow links); copy the file instead"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  static boolean isHtml(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  static boolean isXml(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
