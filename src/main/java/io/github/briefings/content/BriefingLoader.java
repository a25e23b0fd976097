package io.github.briefings.content;

import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one briefing file: splits the front matter, checks every field, returns a {@link Briefing}.
 */
public final class BriefingLoader {

  private static final Set<String> KEYS =
      Set.of(
          "title",
          "summary",
          "date",
          "updated",
          "author",
          "lang",
          "countries",
          "topics",
          "photo",
          "draft",
          "slug",
          "corrections",
          "translationKey",
          "dateline",
          "expires",
          "comments");
  private static final Set<String> PHOTO_KEYS = Set.of("src", "alt", "caption", "credit");
  private static final Set<String> CORRECTION_KEYS = Set.of("date", "text");

  private final Path projectDir;
  private final SiteConfig site;
  private final TextFile content;

  public BriefingLoader(Path projectDir, SiteConfig site) {
    this.projectDir = projectDir;
    this.content = new TextFile(projectDir.resolve("content"));
    this.site = site;
  }

  /** The file's path relative to the project, with forward slashes, for messages. */
  public String relative(Path file) {
    return projectDir.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Loads {@code file}; every problem goes to {@code problems}. Empty when the front matter cannot
   * be read at all; otherwise the briefing as far as it could be read (fields with errors are
   * null), which may be published only if {@code problems} got no error.
   */
  public Optional<Briefing> load(Path file, Problems problems) {
    String path = relative(file);
    Optional<String> read = content.read(file, path, "the briefing", problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(read.get(), path, problems);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = split.get();
    Problems own = new Problems();
    YamlSource source = new YamlSource(path, fm.yamlLine(), own);
    Optional<Briefing> briefing =
        source.parseMapping(fm.yaml(), "front matter").flatMap(yaml -> read(file, path, yaml, fm));
    problems.addAll(own.sorted());
    return briefing;
  }

  private Optional<Briefing> read(Path file, String path, YamlMap yaml, FrontMatter fm) {
    yaml.warnUnknownKeys(KEYS, "front matter");

    String title =
        text(yaml, "title", true, "title: \"Russia ratifies its treaty with North Korea\"");
    String summary = text(yaml, "summary", true, "summary: \"One or two sentences.\"");
    ZonedDateTime date = dateField(yaml, "date", true);
    ZonedDateTime updated = dateField(yaml, "updated", false);
    ZonedDateTime expires = expiresField(yaml, date);
    List<String> authors =
        yaml.textOrList("author", true, "author: Jean Dupont").orElse(List.of()).stream()
            .map(Located::value)
            .toList();

    String lang = langField(yaml);

    List<Located<String>> countries = countriesField(yaml);
    List<Located<String>> topics = topicsField(yaml);

    PhotoRef photo = photoField(yaml);
    boolean draft = yaml.bool("draft").orElse(false);
    boolean comments = yaml.bool("comments").orElse(true);

    String slug = slugField(yaml, file);

    List<Correction> corrections = correctionsField(yaml);
    Located<String> translationKey =
        yaml.string("translationKey", false, "translationKey: russia-treaty").orElse(null);
    String dateline = datelineField(yaml);

    if (!draft) {
      checkPlaceholders(yaml, fm);
    }
    // returned even with errors, so that later checks (countries, topics, photos, body) still run
    // and every problem is reported in one run; the caller publishes it only when it has none
    return Optional.of(
        new Briefing(
            file,
            path,
            title,
            summary,
            date,
            updated,
            authors,
            lang,
            countries,
            topics,
            photo,
            draft,
            slug,
            corrections,
            translationKey,
            fm.body(),
            fm.bodyLine(),
            dateline,
            expires,
            comments));
  }

  /** The country codes as written, in upper case (checked later, against the site's). */
  private static List<Located<String>> countriesField(YamlMap yaml) {
    return yaml.stringList("countries", true, "countries: [RU, KP]").orElse(List.of()).stream()
        .map(l -> new Located<>(l.value().toUpperCase(Locale.ROOT), l.line(), l.column()))
        .toList();
  }

  /** The topics as written, as slugs (checked later, against the declared ones). */
  private static List<Located<String>> topicsField(YamlMap yaml) {
    return yaml.stringList("topics", true, "topics: [defence]").orElse(List.of()).stream()
        .map(l -> new Located<>(DeclaredTopic.slugOf(l.value()), l.line(), l.column()))
        .toList();
  }

  /** The dateline, stripped; null when absent or blank. */
  private static String datelineField(YamlMap yaml) {
    return yaml.text("dateline", false, "dateline: \"MOSCOU\"")
        .map(Located::value)
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .orElse(null);
  }

  /** The briefing's language: {@code lang:} in lower case, checked; else the site's. */
  private String langField(YamlMap yaml) {
    Problems problems = yaml.source().problems();
    String path = yaml.source().path();
    String lang = site.language();
    Optional<Located<String>> langField = yaml.string("lang", false, "lang: en");
    if (langField.isPresent()) {
      lang = langField.get().value().toLowerCase(Locale.ROOT);
      if (!site.languages().contains(lang)) {
        problems.error(
            path,
            langField.get().line(),
            langField.get().column(),
            "language '"
                + langField.get().value()
                + "' is not one of the site's languages "
                + String.join(", ", site.languages())
                + ": use one of them, or add it to 'languages:' in site/site.yaml");
      }
    }

    return lang;
  }

  /** The URL slug: {@code slug:} made a slug, else one made from the file name; checked. */
  private static String slugField(YamlMap yaml, Path file) {
    Problems problems = yaml.source().problems();
    String path = yaml.source().path();
    String slug;
    Optional<Located<String>> slugField = yaml.string("slug", false, "slug: my-briefing");
    if (slugField.isPresent()) {
      slug = Slugs.slugify(slugField.get().value());
      if (slug.isEmpty()) {
        problems.error(
            path,
            slugField.get().line(),
            slugField.get().column(),
            "slug '"
                + slugField.get().value()
                + "' has no letters or digits: give a slug like my-briefing");
      }
    } else {
      slug = Slugs.fromFileName(file.getFileName().toString());
      if (slug.isEmpty()) {
        problems.error(
            path,
            1,
            1,
            "cannot make a URL slug from the file name: rename the file or add 'slug:'");
      }
    }

    return slug;
  }

  /**
   * A briefing that is not a draft must not publish what {@code briefing:new} wrote for the writer
   * to replace: a standfirst starting with TODO, or the body's placeholder line. Drafts may hold
   * them.
   */
  private static void checkPlaceholders(YamlMap yaml, FrontMatter fm) {
    Problems problems = yaml.source().problems();
    String path = yaml.source().path();
    yaml.string("summary", false, "")
        .filter(s -> Placeholders.isSummaryPlaceholder(s.value()))
        .ifPresent(
            s ->
                problems.error(
                    path,
                    s.line(),
                    s.column(),
                    "the standfirst is still the placeholder 'TODO…' that "
                        + "briefing:new wrote: write one or two sentences, or keep the briefing a draft (draft: true)"));
    Placeholders.bodyPlaceholderLine(fm.body())
        .ifPresent(
            i -> {
              String line = fm.body().split("\n", -1)[i];
              int column = line.length() - line.stripLeading().length() + 1;
              problems.error(
                  path,
                  fm.bodyLine() + i,
                  column,
                  "the body still holds the placeholder that "
                      + "briefing:new wrote: write the briefing in its place, or keep it a draft (draft: true)");
            });
  }

  private static String text(YamlMap yaml, String key, boolean required, String example) {
    return yaml.text(key, required, example).map(Located::value).orElse(null);
  }

  private ZonedDateTime dateField(YamlMap yaml, String key, boolean required) {
    Optional<Located<String>> raw = yaml.string(key, required, key + ": 2024-11-06T18:00:00+01:00");
    if (raw.isEmpty()) {
      return null;
    }
    Optional<ZonedDateTime> parsed = Dates.parse(raw.get().value(), site.timezone());
    if (parsed.isEmpty()) {
      String message =
          Dates.impossible(raw.get().value())
              .map(
                  why ->
                      "the date '"
                          + raw.get().value()
                          + "' in '"
                          + key
                          + "' does not exist: "
                          + why)
              .orElse(
                  "unparseable date '"
                      + raw.get().value()
                      + "' in '"
                      + key
                      + "': use ISO 8601, e.g. "
                      + Dates.EXAMPLES);
      yaml.source()
          .problems()
          .error(yaml.source().path(), raw.get().line(), raw.get().column(), message);
      return null;
    }
    int year = parsed.get().getYear();
    if (year < Dates.FIRST_YEAR || year > Dates.LAST_YEAR) {
      yaml.source()
          .problems()
          .error(
              yaml.source().path(),
              raw.get().line(),
              raw.get().column(),
              "the year "
                  + year
                  + " in '"
                  + key
                  + "' is out of range: dates run from "
                  + Dates.FIRST_YEAR
                  + " to "
                  + Dates.LAST_YEAR);
      return null;
    }
    return parsed.get();
  }

  /**
   * {@code expires:}, the time after which the briefing is held back (rights-limited content); an
   * error when it is not after {@code date}, since the briefing would then never be published.
   */
  private ZonedDateTime expiresField(YamlMap yaml, ZonedDateTime date) {
    ZonedDateTime expires = dateField(yaml, "expires", false);
    if (expires != null && date != null && !expires.isAfter(date)) {
      Located<String> raw = yaml.string("expires", false, "").orElseThrow();
      yaml.source()
          .problems()
          .error(
              yaml.source().path(),
              raw.line(),
              raw.column(),
              "'expires' ("
                  + raw.value()
                  + ") is not after 'date': the briefing would never be published; give a "
                  + "later time, or remove 'expires'");
    }
    return expires;
  }

  private PhotoRef photoField(YamlMap yaml) {
    Optional<YamlMap> photo =
        yaml.map(
            "photo",
            false,
            "photo: { src: images/x.jpg, alt: \"…\", caption: \"…\", "
                + "credit: \"Name / Agency\" }");
    if (photo.isEmpty()) {
      return null;
    }
    YamlMap p = photo.get();
    p.warnUnknownKeys(PHOTO_KEYS, "photo");
    Optional<Located<String>> src = p.string("src", true, "src: images/kremlin.jpg");
    if (src.isEmpty()) {
      return null;
    }
    String alt = text(p, "alt", false, "alt: \"…\"");
    String caption = text(p, "caption", false, "caption: \"…\"");
    String credit = text(p, "credit", false, "credit: \"Name / Agency\"");
    return new PhotoRef(
        src.get().value(), alt, caption, credit, src.get().line(), src.get().column());
  }

  private List<Correction> correctionsField(YamlMap yaml) {
    List<Correction> out = new ArrayList<>();
    for (YamlMap item :
        yaml.mapList("corrections", "corrections: [{ date: 2024-11-07, text: \"…\" }]")
            .orElse(List.of())) {
      item.warnUnknownKeys(CORRECTION_KEYS, "a correction");
      ZonedDateTime when = dateField(item, "date", true);
      String text = text(item, "text", true, "text: \"An earlier version misspelt a name.\"");
      if (when != null && text != null) {
        out.add(new Correction(when, text));
      }
    }
    out.sort(java.util.Comparator.comparing(Correction::date));
    return out;
  }
}
