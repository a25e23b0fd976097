package io.github.briefings.scaffold;

import io.github.briefings.content.DeclaredTopic;
import io.github.briefings.content.Placeholders;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.content.Slugs;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.taxonomy.Countries;
import io.github.briefings.taxonomy.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes a new briefing, {@code content/YYYY/slug.md}, with complete front matter: the title, a
 * summary to fill in, the date and time now in the site's time zone, the author, the language, the
 * countries and topics (checked against the taxonomy), {@code draft: true} and a lead photo block
 * commented out. Never overwrites a file.
 */
public final class BriefingScaffold {

  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private BriefingScaffold() {}

  /**
   * Checks the request and writes the file.
   *
   * @param projectDir the project ({@code site/site.yaml}, {@code content/})
   * @param now the time to write as the briefing's date
   * @param gitName the git user name, asked only when the request names no author
   * @return the file written
   * @throws ScaffoldRefused with every reason when nothing was written
   */
  public static Path create(
      Path projectDir, NewBriefing request, Instant now, Supplier<Optional<String>> gitName)
      throws ScaffoldRefused {
    Problems problems = new Problems();
    Optional<SiteConfig> loaded = SiteConfigLoader.load(projectDir, null, problems);
    if (loaded.isEmpty()) {
      throw new ScaffoldRefused(
          problems.sorted().stream().filter(Problem::isError).map(Problem::toString).toList());
    }
    SiteConfig site = loaded.get();
    List<String> reasons = new ArrayList<>();

    String title = request.title() == null ? "" : request.title().strip();
    String slug = Slugs.slugify(title);
    if (title.isEmpty()) {
      reasons.add("no title: pass -Dtitle=\"The headline\"");
    } else if (slug.isEmpty()) {
      reasons.add(
          "the title '"
              + title
              + "' has no letter or digit to make a file name from: "
              + "add some to -Dtitle");
    }

    List<String> countries = countries(request.countries(), new Countries(site), reasons);
    List<String> topics = topics(request.topics(), new Topics(site), reasons);

    String lang = lang(request, site, reasons);
    String author = author(request, gitName, reasons);
    if (!reasons.isEmpty()) {
      throw new ScaffoldRefused(reasons);
    }

    ZonedDateTime date = now.atZone(site.timezone()).truncatedTo(ChronoUnit.MINUTES);
    String relative = "content/" + date.getYear() + "/" + slug + ".md";
    Path file = projectDir.resolve(relative);
    String text = text(title, date, author, lang, countries, topics);
    write(file, relative, text);
    return file;
  }

  /** The request's language, checked against the site's; else the site's default. */
  private static String lang(NewBriefing request, SiteConfig site, List<String> reasons) {
    String lang = site.language();
    if (request.lang() != null && !request.lang().isBlank()) {
      lang = request.lang().strip().toLowerCase(Locale.ROOT);
      if (!site.languages().contains(lang)) {
        reasons.add(
            "language '"
                + lang
                + "' is not one of the site's languages ("
                + String.join(", ", site.languages())
                + "): pass one of them with -Dlang, or add it to 'languages:' in "
                + SiteConfigLoader.PATH);
      }
    }
    return lang;
  }

  /** The request's author, else git's user name; a reason when neither is known. */
  private static String author(
      NewBriefing request, Supplier<Optional<String>> gitName, List<String> reasons) {
    String author = request.author() == null ? "" : request.author().strip();
    if (author.isEmpty()) {
      author = gitName.get().orElse("");
      if (author.isEmpty()) {
        reasons.add(
            "no author: pass -Dauthor=\"Your Name\", or set git's user name "
                + "(git config --global user.name \"Your Name\")");
      }
    }
    return author;
  }

  /** Writes a new file; refuses to replace one that exists. */
  private static void write(Path file, String relative, String text) throws ScaffoldRefused {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new ScaffoldRefused(
          List.of(
              relative
                  + " already exists and was left as it was: edit it, "
                  + "or choose another title"));
    } catch (IOException e) {
      throw new ScaffoldRefused(List.of("cannot write " + relative + ": " + e.getMessage()));
    }
  }

  private static List<String> countries(List<String> typed, Countries known, List<String> reasons) {
    Set<String> out = new LinkedHashSet<>();
    for (String code : typed) {
      if (known.isKnown(code)) {
        out.add(code.toUpperCase(Locale.ROOT));
      } else {
        reasons.add(known.unknownMessage(code));
      }
    }
    if (typed.isEmpty()) {
      reasons.add("no country: pass -Dcountries=KP,RU (ISO 3166-1 alpha-2 codes)");
    }
    return List.copyOf(out);
  }

  private static List<String> topics(List<String> typed, Topics declared, List<String> reasons) {
    Set<String> out = new LinkedHashSet<>();
    for (String topic : typed) {
      if (declared.isDeclared(topic)) {
        out.add(DeclaredTopic.slugOf(topic));
      } else {
        reasons.add(declared.undeclaredMessage(topic));
      }
    }
    if (typed.isEmpty()) {
      reasons.add(
          "no topic: pass -Dtopics=defence (topics declared in " + SiteConfigLoader.PATH + ")");
    }
    return List.copyOf(out);
  }

  /** The file's text. */
  static String text(
      String title,
      ZonedDateTime date,
      String author,
      String lang,
      List<String> countries,
      List<String> topics) {
    return "---\n"
        + "title: "
        + quoted(title)
        + "\n"
        + "summary: "
        + quoted(Placeholders.summary(lang))
        + "\n"
        + "date: "
        + DATE_TIME.format(date)
        + "\n"
        + "author: "
        + quoted(author)
        + "\n"
        + "lang: "
        + lang
        + "\n"
        + "countries: ["
        + String.join(", ", countries)
        + "]\n"
        + "topics: ["
        + String.join(", ", topics)
        + "]\n"
        + "draft: true\n"
        + "# photo:\n"
        + "#   src: images/NAME.jpg\n"
        + "#   alt: \"What the photo shows, for screen readers\"\n"
        + "#   caption: \"What happened, who, where, when.\"\n"
        + "#   credit: \"Photographer / Agency\"\n"
        + "---\n"
        + "\n"
        + Placeholders.body(lang)
        + "\n";
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
