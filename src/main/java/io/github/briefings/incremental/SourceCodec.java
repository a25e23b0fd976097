package io.github.briefings.incremental;

import io.github.briefings.build.LoadedBriefing;
import io.github.briefings.content.Article;
import io.github.briefings.content.Briefing;
import io.github.briefings.content.Correction;
import io.github.briefings.content.Located;
import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes and reads what a build loaded from a briefing file, field by field (no Java
 * serialization); also the problems and photo references the body cache stores.
 */
final class SourceCodec {

  private SourceCodec() {}

  /** Writes every entry, sorted by file; a body is written as its key in the body cache. */
  static void writeAll(DataOutputStream out, Map<Path, LoadedBriefing> sources) throws IOException {
    Map<String, LoadedBriefing> sorted = new TreeMap<>();
    sources.forEach((path, s) -> sorted.put(path.toString(), s));
    out.writeInt(sorted.size());
    for (Map.Entry<String, LoadedBriefing> e : sorted.entrySet()) {
      CacheFile.writeString(out, e.getKey());
      write(out, e.getValue());
    }
  }

  /** Reads every entry; one whose body the body cache no longer has is left out. */
  static Map<Path, LoadedBriefing> readAll(DataInputStream in, Function<String, byte[]> bodies)
      throws IOException {
    int count = in.readInt();
    if (count < 0) {
      throw new CacheFile.Corrupt("bad entry count");
    }
    Map<Path, LoadedBriefing> out = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Path path = Path.of(CacheFile.readString(in));
      LoadedBriefing s = read(in, bodies);
      if (s != null) {
        out.put(path, s);
      }
    }
    return out;
  }

  private static void write(DataOutputStream out, LoadedBriefing s) throws IOException {
    CacheFile.writeString(out, s.key());
    CacheFile.writeString(out, s.bodyKey());
    problems(out, s.problems());
    out.writeBoolean(s.article().isPresent());
    if (s.article().isPresent()) {
      article(out, s.article().get());
    }
  }

  private static LoadedBriefing read(DataInputStream in, Function<String, byte[]> bodies)
      throws IOException {
    String key = CacheFile.readString(in);
    String bodyKey = CacheFile.readString(in);
    List<Problem> problems = problems(in);
    if (!in.readBoolean()) {
      return new LoadedBriefing(key, Optional.empty(), problems, bodyKey);
    }
    Article article = article(in, bodyKey == null ? null : bodies.apply(bodyKey));
    return article == null
        ? null
        : new LoadedBriefing(key, Optional.of(article), problems, bodyKey);
  }

  private static void article(DataOutputStream out, Article a) throws IOException {
    briefing(out, a.briefing());
    CacheFile.writeString(out, a.sitePath());
    out.writeBoolean(a.photo() != null);
    if (a.photo() != null) {
      photo(out, a.photo());
    }
    out.writeInt(a.inlinePhotos().size());
    for (Photo p : a.inlinePhotos()) {
      photo(out, p);
    }
    CacheFile.writeString(out, a.fingerprint());
  }

  /** An article whose body is {@code body}; null (after reading it all) when the body is gone. */
  private static Article article(DataInputStream in, byte[] body) throws IOException {
    Briefing b = briefing(in);
    String sitePath = CacheFile.readString(in);
    Photo lead = in.readBoolean() ? photo(in) : null;
    int count = count(in);
    List<Photo> inline = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      inline.add(photo(in));
    }
    String fingerprint = CacheFile.readString(in);
    return body == null ? null : new Article(b, sitePath, lead, body, inline, fingerprint);
  }

  private static void briefing(DataOutputStream out, Briefing b) throws IOException {
    CacheFile.writeString(out, b.file().toString());
    CacheFile.writeString(out, b.path());
    CacheFile.writeString(out, b.title());
    CacheFile.writeString(out, b.summary());
    date(out, b.date());
    date(out, b.updated());
    strings(out, b.authors());
    CacheFile.writeString(out, b.lang());
    located(out, b.countries());
    located(out, b.topics());
    out.writeBoolean(b.photo() != null);
    if (b.photo() != null) {
      photoRef(out, b.photo());
    }
    out.writeBoolean(b.draft());
    CacheFile.writeString(out, b.slug());
    out.writeInt(b.corrections().size());
    for (Correction c : b.corrections()) {
      date(out, c.date());
      CacheFile.writeString(out, c.text());
    }
    located(out, b.translationKey() == null ? List.of() : List.of(b.translationKey()));
    CacheFile.writeString(out, b.body());
    out.writeInt(b.bodyLine());
    CacheFile.writeString(out, b.dateline());
    date(out, b.expires());
    out.writeBoolean(b.comments());
  }

  private static Briefing briefing(DataInputStream in) throws IOException {
    Path file = Path.of(CacheFile.readString(in));
    String path = CacheFile.readString(in);
    String title = CacheFile.readString(in);
    String summary = CacheFile.readString(in);
    ZonedDateTime date = date(in);
    ZonedDateTime updated = date(in);
    List<String> authors = strings(in);
    String lang = CacheFile.readString(in);
    List<Located<String>> countries = located(in);
    List<Located<String>> topics = located(in);
    PhotoRef photo = in.readBoolean() ? photoRef(in) : null;
    boolean draft = in.readBoolean();
    String slug = CacheFile.readString(in);
    int count = count(in);
    List<Correction> corrections = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      corrections.add(new Correction(date(in), CacheFile.readString(in)));
    }
    List<Located<String>> key = located(in);
    String body = CacheFile.readString(in);
    int bodyLine = in.readInt();
    String dateline = CacheFile.readString(in);
    ZonedDateTime expires = date(in);
    boolean comments = in.readBoolean();
    return new Briefing(
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
        key.isEmpty() ? null : key.get(0),
        body,
        bodyLine,
        dateline,
        expires,
        comments);
  }

  private static void photo(DataOutputStream out, Photo p) throws IOException {
    CacheFile.writeString(out, p.file().toString());
    CacheFile.writeString(out, p.sitePath());
    out.writeInt(p.width());
    out.writeInt(p.height());
    CacheFile.writeString(out, p.alt());
    CacheFile.writeString(out, p.caption());
    CacheFile.writeString(out, p.credit());
    CacheFile.writeString(out, p.creator());
    CacheFile.writeString(out, p.copyright());
    out.writeInt(p.variants().size());
    for (Photo.Variant v : p.variants()) {
      CacheFile.writeString(out, v.sitePath());
      out.writeInt(v.width());
      out.writeInt(v.height());
    }
  }

  private static Photo photo(DataInputStream in) throws IOException {
    Path file = Path.of(CacheFile.readString(in));
    String sitePath = CacheFile.readString(in);
    int width = in.readInt();
    int height = in.readInt();
    String alt = CacheFile.readString(in);
    String caption = CacheFile.readString(in);
    String credit = CacheFile.readString(in);
    String creator = CacheFile.readString(in);
    String copyright = CacheFile.readString(in);
    int count = count(in);
    List<Photo.Variant> variants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      variants.add(new Photo.Variant(CacheFile.readString(in), in.readInt(), in.readInt()));
    }
    return new Photo(
        file, sitePath, width, height, alt, caption, credit, creator, copyright, variants);
  }

  private static void date(DataOutputStream out, ZonedDateTime d) throws IOException {
    CacheFile.writeString(out, d == null ? null : d.toString());
  }

  private static ZonedDateTime date(DataInputStream in) throws IOException {
    String s = CacheFile.readString(in);
    try {
      return s == null ? null : ZonedDateTime.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CacheFile.Corrupt("bad date");
    }
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      CacheFile.writeString(out, v);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int count = count(in);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(CacheFile.readString(in));
    }
    return out;
  }

  private static void located(DataOutputStream out, List<Located<String>> values)
      throws IOException {
    out.writeInt(values.size());
    for (Located<String> v : values) {
      CacheFile.writeString(out, v.value());
      out.writeInt(v.line());
      out.writeInt(v.column());
    }
  }

  private static List<Located<String>> located(DataInputStream in) throws IOException {
    int count = count(in);
    List<Located<String>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(new Located<>(CacheFile.readString(in), in.readInt(), in.readInt()));
    }
    return out;
  }

  static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
    out.writeInt(problems.size());
    for (Problem p : problems) {
      CacheFile.writeString(out, p.path());
      out.writeInt(p.line());
      out.writeInt(p.column());
      out.writeBoolean(p.isError());
      CacheFile.writeString(out, p.message());
    }
  }

  static List<Problem> problems(DataInputStream in) throws IOException {
    int count = count(in);
    List<Problem> problems = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String path = CacheFile.readString(in);
      int line = in.readInt();
      int column = in.readInt();
      Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
      problems.add(new Problem(path, line, column, severity, CacheFile.readString(in)));
    }
    return problems;
  }

  static void photoRef(DataOutputStream out, PhotoRef r) throws IOException {
    CacheFile.writeString(out, r.src());
    CacheFile.writeString(out, r.alt());
    CacheFile.writeString(out, r.caption());
    CacheFile.writeString(out, r.credit());
    out.writeInt(r.line());
    out.writeInt(r.column());
  }

  static PhotoRef photoRef(DataInputStream in) throws IOException {
    return new PhotoRef(
        CacheFile.readString(in),
        CacheFile.readString(in),
        CacheFile.readString(in),
        CacheFile.readString(in),
        in.readInt(),
        in.readInt());
  }

  static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 1 << 20) {
      throw new CacheFile.Corrupt("bad count");
    }
    return count;
  }
}
