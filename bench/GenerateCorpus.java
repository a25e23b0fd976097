import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes a newsroom project of N generated briefings for the benchmarks, with the JDK only:
 *
 * <pre>java bench/GenerateCorpus.java N OUT</pre>
 *
 * <p>OUT gets {@code site/site.yaml} (French and English, every topic labelled in both), one
 * briefing per file under {@code content/YYYY/YYYY-MM-DD-slug-NNNNNN.md} in the format of the
 * example site (title, summary, date, author, lang, countries, topics, a lead photo with alt text,
 * caption and credit, sometimes an update, a dateline or an inline photo with its own caption and
 * credit; a body with headings, links, a quotation, lists and tables), and the photos under {@code
 * content/images/}: every briefing has its own JPEG files, each a copy of one of a few dozen small
 * drawn pictures (so the photo cache resizes only those; {@code bench/images.sh} measures
 * resizing). {@code OUT/corpus.properties} says what was generated; {@code bench/corpus.sh}
 * generates a corpus again only when it differs.
 *
 * <p>The same N always gives the same bytes: one seeded {@link Random}, no clock, no hash order.
 * The corpus of a smaller N is the beginning of a larger one's. Every briefing is dated before
 * 2026-01-01, the clock the benchmarks build with, and the corpus builds without an error.
 */
public class GenerateCorpus {

  /** Says which generator made a corpus: change it whenever the output changes. */
  static final String GENERATOR = "bench/GenerateCorpus.java 1";

  static final long SEED = 20241106L;
  static final int PICTURES = 32;
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  // Two-letter codes only (UK and EL are errors); no NO, which YAML 1.1 readers take for false.
  static final String[] COUNTRIES =
      ("FR DE GB IT ES PT NL BE PL CZ SK HU RO BG GR TR UA RU BY MD GE AM AZ KZ UZ IR IQ SY LB IL"
              + " JO EG LY TN DZ MA ML NE TD SD ET SO KE NG SN CI ZA CD IN PK AF BD CN JP KR KP TW VN"
              + " PH ID TH MM AU US CA MX CU VE CO BR AR CL")
          .split(" ");

  // slug, French label, English label
  static final String[][] TOPICS = {
    {"defence", "Défense", "Defence"},
    {"diplomacy", "Diplomatie", "Diplomacy"},
    {"elections", "Élections", "Elections"},
    {"economy", "Économie", "Economy"},
    {"energy", "Énergie", "Energy"},
    {"climate", "Climat", "Climate"},
    {"trade", "Commerce", "Trade"},
    {"sanctions", "Sanctions", "Sanctions"},
    {"nuclear", "Nucléaire", "Nuclear"},
    {"cyber", "Cybersécurité", "Cyber security"},
    {"terrorism", "Terrorisme", "Terrorism"},
    {"migration", "Migrations", "Migration"},
    {"health", "Santé", "Health"},
    {"food", "Alimentation", "Food"},
    {"water", "Eau", "Water"},
    {"justice", "Justice", "Justice"},
    {"corruption", "Corruption", "Corruption"},
    {"media", "Médias", "Media"},
    {"technology", "Technologies", "Technology"},
    {"space", "Espace", "Space"},
    {"maritime", "Affaires maritimes", "Maritime affairs"},
    {"humanitarian", "Humanitaire", "Humanitarian aid"},
    {"human-rights", "Droits humains", "Human rights"},
    {"protests", "Manifestations", "Protests"},
    {"arms-control", "Maîtrise des armements", "Arms control"},
    {"intelligence", "Renseignement", "Intelligence"},
    {"infrastructure", "Infrastructures", "Infrastructure"},
    {"transport", "Transports", "Transport"},
    {"minerals", "Minerais critiques", "Critical minerals"},
    {"education", "Éducation", "Education"},
  };

  static final String[] FR =
      ("le la les un une des du au aux et ou mais puis donc car dans sur sous avec sans pour par"
              + " vers entre contre après avant depuis pendant gouvernement ministre président"
              + " parlement armée frontière accord traité sommet négociation sécurité conflit région"
              + " pouvoir opposition scrutin réforme budget marché énergie gaz pétrole sanction"
              + " alliance partenaire voisin capitale territoire population crise décision rapport"
              + " analyse tension dialogue coopération stratégie influence militaire diplomatique"
              + " politique nationale régionale internationale économique officielle nouvelle"
              + " récente longue toutefois cependant également ainsi désormais notamment encore"
              + " annonce confirme dément prévoit renforce affaiblit négocie observe propose refuse"
              + " soutient critique accepte suspend prolonge garantit")
          .split(" ");

  static final String[] EN =
      ("the a an of and or but then so in on at with without for by from into over under"
              + " between against after before since during government minister president"
              + " parliament army border agreement treaty summit negotiation security conflict"
              + " region power opposition vote reform budget market energy gas oil sanction"
              + " alliance partner neighbour capital territory population crisis decision report"
              + " analysis tension dialogue cooperation strategy influence military diplomatic"
              + " political national regional international economic official new recent long"
              + " however meanwhile also thus now notably still announces confirms denies plans"
              + " strengthens weakens negotiates observes proposes refuses supports criticises"
              + " accepts suspends extends guarantees")
          .split(" ");

  static final String[] FIRST =
      ("Claire Julien Sophie Marc Amélie Thomas Inès Hugo Léa Nicolas Camille Antoine Sarah James"
              + " Emily Oliver Anna David Laura Michael Elena Pavel Olena Yuki Amadou Fatou Karim"
              + " Leila Tomasz Ingrid")
          .split(" ");
  static final String[] LAST =
      ("Martin Bernard Dubois Durand Lefèvre Moreau Laurent Simon Michel Garcia Roux Fournier"
              + " Smith Jones Brown Taylor Wilson Novak Kowalski Petrenko Tanaka Diallo Haddad"
              + " Lindqvist Okafor")
          .split(" ");
  static final String[] AGENCIES =
      "AFP Reuters AP EPA DPA ANSA Kyodo Anadolu Sipa Getty Images".split(" ");
  static final String[] CITIES =
      ("PARIS,BRUXELLES,BERLIN,KYIV,MOSCOU,BEYROUTH,LE CAIRE,DAKAR,NAIROBI,NEW DELHI,PÉKIN,TOKYO,"
              + "SÉOUL,WASHINGTON,OTTAWA,BRASILIA")
          .split(",");
  static final String[] HOSTS = {
    "example.org", "example.com", "example.net", "data.example.org", "press.example.com"
  };

  private final Random random = new Random(SEED);
  private final Path out;
  private final byte[][] pictures = new byte[PICTURES][];
  private final TreeMap<Integer, Integer> perYear = new TreeMap<>();
  private int photoFiles;

  GenerateCorpus(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[0].matches("[1-9][0-9]{0,6}")) {
      System.err.println("usage: java bench/GenerateCorpus.java N OUT   (N from 1 to 9,999,999)");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    new GenerateCorpus(Path.of(args[1])).write(n);
  }

  void write(int n) throws IOException {
    for (String old : List.of("content", "site", "corpus.properties")) {
      delete(out.resolve(old));
    }
    Files.createDirectories(out.resolve("content/images"));
    Files.createDirectories(out.resolve("site"));
    for (int p = 0; p < PICTURES; p++) {
      pictures[p] = picture(p);
    }
    Files.writeString(out.resolve("site/site.yaml"), siteYaml());
    for (int i = 1; i <= n; i++) {
      briefing(i);
    }
    StringBuilder props = new StringBuilder();
    props.append("generator=").append(GENERATOR).append('\n');
    props.append("briefings=").append(n).append('\n');
    props.append("photoFiles=").append(photoFiles).append('\n');
    perYear.forEach((y, c) -> props.append("year.").append(y).append('=').append(c).append('\n'));
    Files.writeString(out.resolve("corpus.properties"), props);
    System.err.printf("%d briefings and %d photo files written to %s%n", n, photoFiles, out);
  }

  static String siteYaml() {
    StringBuilder s = new StringBuilder();
    s.append("# A generated corpus for bench/: java bench/GenerateCorpus.java N OUT\n");
    s.append("title: \"Briefings bench\"\n");
    s.append("baseUrl: https://example.github.io/briefings-bench/\n");
    s.append("language: fr\nlanguages: [fr, en]\ntimezone: Europe/Paris\n");
    s.append("pageSize: 20\ncredits: error\ntopics:\n");
    for (String[] t : TOPICS) {
      s.append("  ").append(t[0]).append(": { fr: ").append(quoted(t[1]));
      s.append(", en: ").append(quoted(t[2])).append(" }\n");
    }
    return s.toString();
  }

  /** Writes briefing number {@code i} and its photos. */
  void briefing(int i) throws IOException {
    boolean french = random.nextInt(10) < 6;
    String title = capitalised(words(french, 5 + random.nextInt(7)));
    ZonedDateTime date = date();
    String slug = slug(title) + String.format(Locale.ROOT, "-%06d", i);
    String file = date.toLocalDate() + "-" + slug;
    Path dir = out.resolve("content").resolve(String.valueOf(date.getYear()));
    Files.createDirectories(dir);
    perYear.merge(date.getYear(), 1, Integer::sum);

    StringBuilder b = new StringBuilder("---\n");
    b.append("title: ").append(quoted(title)).append('\n');
    b.append("summary: ").append(quoted(sentence(french, 14, 26))).append('\n');
    b.append("date: ").append(DATE_TIME.format(date)).append('\n');
    if (random.nextInt(10) == 0) {
      b.append("updated: ").append(date.toLocalDate().plusDays(1 + random.nextInt(5))).append('\n');
    }
    b.append("author: ").append(quoted(person())).append('\n');
    b.append("lang: ").append(french ? "fr" : "en").append('\n');
    b.append("countries: [").append(String.join(", ", pick(COUNTRIES, 1 + random.nextInt(4))));
    b.append("]\ntopics: [").append(String.join(", ", topics(1 + random.nextInt(3)))).append("]\n");
    if (random.nextInt(4) == 0) {
      b.append("dateline: ").append(quoted(CITIES[random.nextInt(CITIES.length)])).append('\n');
    }
    b.append("photo:\n  src: ").append(photo(slug + ".jpg")).append('\n');
    b.append("  alt: ").append(quoted(phrase(french, 5, 10))).append('\n');
    b.append("  caption: ").append(quoted(sentence(french, 8, 16))).append('\n');
    b.append("  credit: ").append(quoted(credit())).append('\n');
    b.append("---\n\n");
    b.append(String.join("\n\n", body(french, slug)));
    b.append('\n');
    Files.writeString(dir.resolve(file + ".md"), b);
  }

  /** The body's blocks: paragraphs with links and emphasis, a quotation, maybe more. */
  List<String> body(boolean french, String slug) throws IOException {
    List<String> blocks = new ArrayList<>();
    int paragraphs = 5 + random.nextInt(7);
    for (int p = 0; p < paragraphs; p++) {
      blocks.add(paragraph(french));
    }
    int links = 1 + random.nextInt(2);
    for (int l = 0; l < links; l++) {
      int p = random.nextInt(paragraphs);
      blocks.set(p, blocks.get(p) + " " + link(french));
    }
    insert(blocks, 1, "> " + sentence(french, 12, 24) + "\n>\n> — " + person());
    if (random.nextInt(3) == 0) {
      insert(blocks, 1, list(french));
    }
    if (random.nextInt(10) == 0) {
      insert(blocks, 1, table(french));
    }
    if (random.nextInt(5) < 2) {
      String image = photo(slug + "-2.jpg");
      insert(
          blocks,
          1,
          "!["
              + phrase(french, 3, 7)
              + "]("
              + image
              + " \""
              + sentence(french, 6, 12)
              + "\"){credit=\""
              + credit()
              + "\"}");
    }
    if (random.nextBoolean()) {
      insert(blocks, 2, "## " + capitalised(words(french, 3 + random.nextInt(5))));
    }
    return blocks;
  }

  void insert(List<String> blocks, int from, String block) {
    blocks.add(from + random.nextInt(blocks.size() - from + 1), block);
  }

  String paragraph(boolean french) {
    int count = 3 + random.nextInt(4);
    StringBuilder p = new StringBuilder();
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        p.append(' ');
      }
      List<String> w = words(french, 8 + random.nextInt(14));
      if (random.nextInt(8) == 0) {
        int k = 1 + random.nextInt(w.size() - 1);
        String mark = random.nextBoolean() ? "**" : "*";
        w.set(k, mark + w.get(k) + mark);
      }
      p.append(capitalised(w)).append(random.nextInt(12) == 0 ? "?" : ".");
    }
    return p.toString();
  }

  String link(boolean french) {
    List<String> anchor = words(french, 2 + random.nextInt(3));
    String url =
        "https://"
            + HOSTS[random.nextInt(HOSTS.length)]
            + "/"
            + slug(String.join(" ", anchor))
            + "/"
            + (1 + random.nextInt(99_999));
    return (french ? "Voir " : "See ") + "[" + String.join(" ", anchor) + "](" + url + ").";
  }

  String list(boolean french) {
    StringBuilder l = new StringBuilder();
    int items = 3 + random.nextInt(4);
    for (int k = 0; k < items; k++) {
      l.append(k == 0 ? "" : "\n").append("- ").append(phrase(french, 3, 9));
    }
    return l.toString();
  }

  String table(boolean french) {
    StringBuilder t = new StringBuilder(french ? "| pays | part |\n" : "| country | share |\n");
    t.append("| --- | ---: |");
    for (String c : pick(COUNTRIES, 3)) {
      t.append("\n| ").append(c).append(" | ").append(random.nextInt(100)).append(" % |");
    }
    return t.toString();
  }

  /** Writes a photo file under content/images/ and returns its {@code src}. */
  String photo(String name) throws IOException {
    Files.write(out.resolve("content/images").resolve(name), pictures[random.nextInt(PICTURES)]);
    photoFiles++;
    return "images/" + name;
  }

  ZonedDateTime date() {
    long from = LocalDateTime.of(2015, 1, 1, 0, 0).atZone(PARIS).toEpochSecond();
    long to = LocalDateTime.of(2025, 12, 31, 0, 0).atZone(PARIS).toEpochSecond();
    long minutes = (to - from) / 60;
    long at = from + (long) (random.nextDouble() * minutes) / 5 * 5 * 60;
    return Instant.ofEpochSecond(at).atZone(PARIS);
  }

  String person() {
    return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
  }

  String credit() {
    return person() + " / " + AGENCIES[random.nextInt(AGENCIES.length)];
  }

  List<String> topics(int count) {
    String[] slugs = new String[TOPICS.length];
    for (int t = 0; t < slugs.length; t++) {
      slugs[t] = TOPICS[t][0];
    }
    return pick(slugs, count);
  }

  /** {@code count} different entries of {@code from}, in the order drawn. */
  List<String> pick(String[] from, int count) {
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      String c = from[random.nextInt(from.length)];
      if (!chosen.contains(c)) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  /** Words mostly of the briefing's language, one in eight of the other (as newsrooms write). */
  List<String> words(boolean french, int count) {
    List<String> w = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String[] from = (random.nextInt(8) == 0) == french ? EN : FR;
      w.add(from[random.nextInt(from.length)]);
    }
    return w;
  }

  String phrase(boolean french, int min, int max) {
    return capitalised(words(french, min + random.nextInt(max - min + 1)));
  }

  String sentence(boolean french, int min, int max) {
    return phrase(french, min, max) + ".";
  }

  static String capitalised(List<String> words) {
    String s = String.join(" ", words);
    int first = s.startsWith("**") ? 2 : s.startsWith("*") ? 1 : 0;
    return s.substring(0, first)
        + s.substring(first, first + 1).toUpperCase(Locale.ROOT)
        + s.substring(first + 1);
  }

  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    if (ascii.length() > 50) {
      ascii = ascii.substring(0, 50).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "briefing" : ascii;
  }

  static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** A small drawn picture, different for each {@code p}: a sky, hills and a sun. */
  static byte[] picture(int p) {
    Random r = new Random(SEED + p);
    int w = 160;
    int h = 100;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, colour(r), 0, h, colour(r)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(250, 220 - r.nextInt(60), 120));
    int sun = 14 + r.nextInt(16);
    g.fillOval(r.nextInt(w - sun), r.nextInt(h / 2), sun, sun);
    for (int hill = 0; hill < 3; hill++) {
      g.setColor(colour(r).darker());
      int top = h / 2 + r.nextInt(h / 3);
      g.fillOval(-w / 2 + r.nextInt(w), top, w + r.nextInt(w / 2), h);
    }
    g.setStroke(new BasicStroke(2));
    g.setColor(Color.WHITE);
    g.drawLine(0, h - 1 - r.nextInt(10), w, h - 1 - r.nextInt(10));
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Color colour(Random r) {
    return new Color(40 + r.nextInt(200), 40 + r.nextInt(200), 40 + r.nextInt(200));
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
