package io.github.briefings.check;

import io.github.briefings.content.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page of the site: its anchors and every URL it uses, and what is wrong inside it
 * (no title, no {@code lang}, no {@code <h1>}, a duplicate {@code id}).
 */
final class HtmlPage {

    /** Elements and the attribute holding their URL. */
    private static final String[][] URL_ATTRIBUTES = {
        {"a[href]", "href"},
        {"area[href]", "href"},
        {"link[href]", "href"},
        {"img[src]", "src"},
        {"source[src]", "src"},
        {"script[src]", "src"},
        {"iframe[src]", "src"},
        {"video[src]", "src"},
        {"video[poster]", "poster"},
        {"audio[src]", "src"},
        {"track[src]", "src"},
        {"embed[src]", "src"},
        {"object[data]", "data"},
        {"meta[property=og:image][content]", "content"},
        {"meta[property=og:url][content]", "content"},
        {"meta[name=twitter:image][content]", "content"},
    };

    private static final int SHOWN_VALUE = 120;

    private HtmlPage() {
    }

    /** Scans the page {@code path} (relative to the output folder) from its bytes. */
    static PageScan scan(String path, byte[] bytes) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "",
                Parser.htmlParser().setTrackPosition(true));
        List<Problem> problems = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        List<Reference> references = new ArrayList<>();

        Map<String, Element> firstWithId = new HashMap<>();
        for (Element el : doc.getAllElements()) {
            String id = el.id();
            if (!id.isEmpty()) {
                Element first = firstWithId.putIfAbsent(id, el);
                if (first != null) {
                    Range.Position at = start(el);
                    problems.add(Problem.error(path, line(at), column(at),
                            describe(el, "id") + " repeats id=\"" + id + "\" of " + where(first)
                                    + ": make each id unique on the page"));
                }
                anchors.add(id);
            }
            if (el.normalName().equals("a") && !el.attr("name").isEmpty()) {
                anchors.add(el.attr("name"));
            }
        }

        checkStructure(path, doc, problems);

        for (String[] pair : URL_ATTRIBUTES) {
            for (Element el : doc.select(pair[0])) {
                Range.Position at = start(el);
                references.add(new Reference(path, line(at), column(at), describe(el, pair[1]),
                        el.attr(pair[1]), null));
            }
        }
        for (Element el : doc.select("img[srcset], source[srcset]")) {
            Range.Position at = start(el);
            String element = describe(el, "srcset");
            List<Srcset.Candidate> candidates = Srcset.parse(el.attr("srcset"));
            if (candidates.isEmpty()) {
                problems.add(Problem.error(path, line(at), column(at),
                        element + " has no image in its srcset: list at least one, e.g. srcset=\"x.jpg 2x\""));
            }
            for (Srcset.Candidate c : candidates) {
                String what = "srcset entry '" + c.text() + "'";
                if (!c.validDescriptor()) {
                    problems.add(Problem.error(path, line(at), column(at), element + " has "
                            + what + " whose descriptor '" + c.descriptor()
                            + "' is neither a width (480w) nor a density (2x): fix the srcset"));
                }
                references.add(new Reference(path, line(at), column(at), element, c.url(), what));
            }
        }
        return new PageScan(path, anchors, references, problems);
    }

    /** A page needs a title, a language and a main heading; a text file named .html is left alone. */
    private static void checkStructure(String path, Document doc, List<Problem> problems) {
        Element html = doc.selectFirst("html");
        boolean hasMarkup = written(html) || written(doc.head()) || written(doc.body())
                || !doc.body().children().isEmpty() || !doc.head().children().isEmpty();
        if (!hasMarkup) {
            return;
        }
        Range.Position htmlAt = html != null && html.sourceRange().isTracked() ? start(html) : null;
        if (doc.title().isBlank()) {
            Element head = doc.head();
            Range.Position at = head.sourceRange().isTracked() ? start(head) : htmlAt;
            problems.add(Problem.error(path, line(at), column(at),
                    "page has no <title>: give every page a non-empty <title> in its <head>"));
        }
        if (html == null || html.attr("lang").isBlank()) {
            problems.add(Problem.error(path, line(htmlAt), column(htmlAt),
                    "<html> has no lang attribute: say the page's language, e.g. <html lang=\"fr\">"));
        }
        if (doc.selectFirst("h1") == null) {
            Element body = doc.body();
            Range.Position at = body.sourceRange().isTracked() ? start(body) : htmlAt;
            problems.add(Problem.error(path, line(at), column(at),
                    "page has no <h1>: give every page a main heading"));
        }
    }

    /** Whether the element's tag is in the source (not made up by the parser). */
    private static boolean written(Element el) {
        return el != null && el.sourceRange().isTracked() && !el.sourceRange().isImplicit();
    }

    /** {@code <a href="/x/">}: the element with the one attribute a problem is about. */
    static String describe(Element el, String attribute) {
        String value = el.attr(attribute);
        if (value.length() > SHOWN_VALUE) {
            value = value.substring(0, SHOWN_VALUE) + "…";
        }
        return "<" + el.normalName() + " " + attribute + "=\"" + value.replace("\"", "&quot;") + "\">";
    }

    private static String where(Element el) {
        Range.Position at = start(el);
        return at.lineNumber() > 0 ? "line " + at.lineNumber() : "an earlier element";
    }

    private static Range.Position start(Element el) {
        return el.sourceRange().start();
    }

    private static int line(Range.Position at) {
        return at == null || at.lineNumber() < 0 ? 0 : at.lineNumber();
    }

    private static int column(Range.Position at) {
        return at == null || at.columnNumber() < 0 ? 0 : at.columnNumber();
    }
}
