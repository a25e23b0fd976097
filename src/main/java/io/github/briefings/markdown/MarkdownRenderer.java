package io.github.briefings.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problems;
import io.github.briefings.typography.Typography;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Renders a briefing's Markdown body to clean HTML: CommonMark with tables, typographic quotes in
 * the briefing's language, every image as a {@code <figure>} with caption and credit, root-relative
 * links under the site's base path, unsafe links and raw HTML removed with a warning; apostrophes
 * and French spacing by the same {@link Typography} step as every other field. Thread-safe.
 */
public final class MarkdownRenderer {

  /** Finds an inline photo: returns empty after reporting why it cannot be published. */
  @FunctionalInterface
  public interface PhotoLookup {
    Optional<Photo> find(PhotoRef ref, Problems problems);
  }

  /**
   * A rendered body.
   *
   * @param html the body's HTML
   * @param photos the inline photos it shows, in order
   */
  public record Rendered(String html, List<Photo> photos) {}

  private final String basePath;
  private final String baseUrl;
  private final Map<String, Engine> engines = new ConcurrentHashMap<>();

  private record Engine(Parser parser, HtmlRenderer renderer) {}

  private final Function<String, String> creditLabels;

  /**
   * @param baseUrl the site's absolute base URL
   * @param basePath the site's base path, prefixed to root-relative links
   * @param creditLabels per language, the word screen readers say before a photo's credit
   */
  public MarkdownRenderer(String baseUrl, String basePath, Function<String, String> creditLabels) {
    this.baseUrl = baseUrl;
    this.basePath = basePath;
    this.creditLabels = creditLabels;
  }

  /**
   * Renders {@code markdown}, the body of {@code path} starting at line {@code firstLine}.
   *
   * @param lang the briefing's language (French gets « » quotes)
   */
  public Rendered render(
      String markdown,
      String lang,
      String path,
      int firstLine,
      PhotoLookup photos,
      Problems problems) {
    Locator at = new Locator(markdown, path, firstLine);
    if (!BodyLimits.check(markdown, at, problems)) {
      return new Rendered("", List.of());
    }
    Engine engine = engines.computeIfAbsent(lang.toLowerCase(Locale.ROOT), this::engine);
    Document doc = engine.parser().parse(markdown);
    List<Photo> shown = new ArrayList<>();
    moveImagesToFigures(doc, at, photos, problems, shown);
    restoreStrayAttributes(doc);
    checkLinksAndHtml(doc, at, problems);
    // always: whatever a body holds, only the safelist reaches the page
    String html = HtmlCleaner.safe(engine.renderer().render(doc), baseUrl);
    html = Typography.html(html, lang.toLowerCase(Locale.ROOT));
    return new Rendered(html, List.copyOf(shown));
  }

  private Engine engine(String lang) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(), AttributesExtension.create(), TypographicExtension.create()));
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
    // a lone ' is left to Typography, which keeps it as written next to letters of another script
    options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, Typography.APOSTROPHE_MARK);
    if (lang.equals("fr")) {
      // spaced by Typography, by the script of the quoted text
      options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "&laquo;");
      options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&raquo;");
    }
    Parser parser = Parser.builder(options).build();
    // the renderer leaves the attributes extension out: an attribute block may only give an image
    // its credit, caption or alt (read from the tree), never set an attribute on an element
    MutableDataSet rendering = new MutableDataSet(options);
    rendering.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create()));
    HtmlRenderer renderer =
        HtmlRenderer.builder(rendering)
            .nodeRendererFactory(o -> new FigureRenderer(basePath, creditLabels.apply(lang), lang))
            .linkResolverFactory(new BasePathLinks(basePath))
            .build();
    return new Engine(parser, renderer);
  }

  /** Replaces each image by a figure after its paragraph. */
  private void moveImagesToFigures(
      Document doc, Locator at, PhotoLookup lookup, Problems problems, List<Photo> shown) {
    List<Node> images = new ArrayList<>();
    collect(doc, n -> n instanceof Image || n instanceof ImageRef, images);
    for (Node node : images) {
      int line = at.line(node.getStartOffset());
      int column = at.column(node.getStartOffset());
      if (node instanceof ImageRef) {
        problems.warning(
            at.path(),
            line,
            column,
            "reference-style images are not supported: write "
                + "![alt](path \"caption\"){credit=\"Name\"}; the image is left out");
        node.unlink();
        continue;
      }
      Image image = (Image) node;
      Optional<Photo> photo = lookup.find(photoRef(image, line, column, at, problems), problems);
      Node block = image.getAncestorOfType(Paragraph.class);
      if (photo.isPresent()) {
        shown.add(photo.get());
        FigureBlock figure = new FigureBlock(photo.get());
        if (block != null) {
          block.insertAfter(figure);
        } else {
          image.insertAfter(figure);
        }
      }
      image.unlink();
      if (block instanceof Paragraph paragraph && isBlank(paragraph)) {
        paragraph.unlink();
      }
    }
  }

  /**
   * What an inline image says of its photo: its path, and the alt text, caption and credit written
   * in it or in the attributes that follow it (which are removed from the document).
   */
  private static PhotoRef photoRef(
      Image image, int line, int column, Locator at, Problems problems) {
    String alt = blankToNull(new TextCollectingVisitor().collectAndGetText(image));
    String caption = blankToNull(image.getTitle().toString());
    String credit = null;
    Node next = image.getNext();
    if (next instanceof AttributesNode attributes) {
      for (Node a = attributes.getFirstChild(); a != null; a = a.getNext()) {
        if (a instanceof AttributeNode attribute) {
          String name = attribute.getName().toString();
          String value = attribute.getValue().toString();
          switch (name) {
            case "credit" -> credit = blankToNull(value);
            case "caption" -> caption = blankToNull(value);
            case "alt" -> alt = blankToNull(value);
            default ->
                problems.warning(
                    at.path(),
                    line,
                    column,
                    "unknown image attribute '"
                        + name
                        + "' (use credit, caption or alt); it is ignored");
          }
        }
      }
      attributes.unlink();
    }
    String src = decode(image.getUrl().toString());
    return new PhotoRef(src, alt, caption, credit, line, column);
  }

  /**
   * Turns every attributes block that does not follow an image back into the text it was written
   * as, so that {@code {{ .Title }}} or a brace in prose is shown, not swallowed.
   */
  private static void restoreStrayAttributes(Document doc) {
    List<Node> stray = new ArrayList<>();
    collect(doc, n -> n instanceof AttributesNode, stray);
    for (Node node : stray) {
      String text = node.getChars().toString();
      if (spaceLostBefore(node)) {
        text = " " + text; // a heading's text is trimmed before the block
      }
      node.insertBefore(new Text(text));
      node.unlink();
    }
  }

  private static boolean spaceLostBefore(Node node) {
    int start = node.getStartOffset();
    CharSequence source = node.getChars().getBaseSequence();
    Node previous = node.getPrevious();
    return start > 0
        && previous != null
        && Character.isWhitespace(source.charAt(start - 1))
        && !previous.getChars().toString().endsWith(" ")
        && previous.getEndOffset() < start;
  }

  /**
   * Reports unsafe links and raw HTML (what the cleaner will remove), and removes raw images, which
   * are errors: a photo needs its file, alt, caption and credit.
   */
  private void checkLinksAndHtml(Document doc, Locator at, Problems problems) {
    List<Node> nodes = new ArrayList<>();
    collect(
        doc,
        n ->
            n instanceof LinkNode
                || n instanceof AutoLink
                || n instanceof Reference
                || n instanceof HtmlBlockBase
                || n instanceof HtmlInlineBase,
        nodes);
    for (Node node : nodes) {
      int offset = node.getStartOffset();
      if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        String fragment = node.getChars().toString();
        if (HtmlCleaner.hasImage(fragment)) {
          problems.error(
              at.path(),
              at.line(offset),
              at.column(offset),
              "raw HTML <img> is not a photo the site can publish: write ![what it shows]"
                  + "(images/file.jpg \"caption\"){credit=\"Name\"} with the photo saved under"
                  + " content/");
          node.unlink();
          continue;
        }
        for (String removed : HtmlCleaner.unsafeParts(fragment)) {
          problems.warning(
              at.path(),
              at.line(offset),
              at.column(offset),
              "raw HTML "
                  + removed
                  + " removed: only safe HTML (text formatting, links, tables, figures) is kept");
        }
        continue;
      }
      String url;
      if (node instanceof Link l) {
        url = l.getUrl().toString();
      } else if (node instanceof Reference r) {
        url = r.getUrl().toString();
      } else if (node instanceof AutoLink a) {
        url = a.getUrl().toString();
      } else {
        url = "";
      }
      if (!BasePathLinks.isSafe(url)) {
        problems.warning(
            at.path(),
            at.line(offset),
            at.column(offset),
            "unsafe link '" + shorten(url) + "' removed: use http, https, mailto or a path");
      }
    }
  }

  private static void collect(
      Node root, java.util.function.Predicate<Node> wanted, List<Node> out) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
      if (wanted.test(n)) {
        out.add(n);
      }
      collect(n, wanted, out);
    }
  }

  private static boolean isBlank(Paragraph paragraph) {
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        continue;
      }
      if (n instanceof Text && n.getChars().isBlank()) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static String decode(String url) {
    if (url.indexOf('%') < 0) {
      return url;
    }
    try {
      return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String shorten(String url) {
    return url.length() > 60 ? url.substring(0, 57) + "…" : url;
  }

  /** Maps offsets in the body to lines and columns of the file. */
  /** Lines and columns of offsets in a body, found by binary search over its line starts. */
  static final class Locator {
    private final String path;
    private final int firstLine;
    private final int[] starts;

    Locator(String text, String path, int firstLine) {
      this.path = path;
      this.firstLine = firstLine;
      int[] found = new int[16];
      int count = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
      this.starts = Arrays.copyOf(found, count);
    }

    String path() {
      return path;
    }

    private int index(int offset) {
      int i = Arrays.binarySearch(starts, Math.max(0, offset));
      return i >= 0 ? i : -i - 2;
    }

    int line(int offset) {
      return firstLine + index(offset);
    }

    int column(int offset) {
      return Math.max(0, offset) - starts[index(offset)] + 1;
    }
  }
}
