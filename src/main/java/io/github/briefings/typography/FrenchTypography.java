package io.github.briefings.typography;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * French typography on text readers see: a narrow no-break space (U+202F) before {@code ; ! ?} and inside
 * « », a no-break space (U+00A0) before {@code :}, and typographic apostrophes. URLs, times such as 12:30,
 * HTML attributes and {@code code}/{@code pre} are left as written. Idempotent.
 */
public final class FrenchTypography {

    /** U+202F NARROW NO-BREAK SPACE. */
    public static final char NNBSP = '\u202F';
    /** U+00A0 NO-BREAK SPACE. */
    public static final char NBSP = '\u00A0';

    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "var");
    private static final Pattern URL = Pattern.compile(
            "(?:[a-zA-Z][a-zA-Z0-9+.-]*://|mailto:|www\\.)\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern HIGH = Pattern.compile(
            "(?:(?<=[^\\s;!?\\u00A0\\u202F])|^)[ \\u00A0\\u202F]?([;!?])");
    private static final Pattern COLON = Pattern.compile(
            "(?:(?<=\\S)|^)(?:[ \\u00A0\\u202F]:|(?<![\\s\\u00A0\\u202F]):(?=\\s|$))");
    private static final Pattern OPEN = Pattern.compile("«[\\s\\u00A0\\u202F]*");
    private static final Pattern CLOSE = Pattern.compile("[\\s\\u00A0\\u202F]*»");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    private FrenchTypography() {
    }

    /** Plain text (a title, a caption) with French typography; null stays null. */
    public static String text(String text) {
        if (text == null || !hasMarks(text)) {
            return text;
        }
        if (!mayHoldUrl(text)) {
            return prose(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            out.append(prose(text.substring(at, url.start())));
            out.append(url.group());
            at = url.end();
        }
        out.append(prose(text.substring(at)));
        return out.toString();
    }

    private static String prose(String s) {
        if (s.isEmpty()) {
            return s;
        }
        // each rule runs only where its mark occurs: most text nodes have none, and regexes are costly
        if (s.indexOf('\'') >= 0) {
            s = APOSTROPHE.matcher(s).replaceAll("\u2019");
        }
        if (s.indexOf('«') >= 0) {
            s = OPEN.matcher(s).replaceAll("«" + NNBSP);
        }
        if (s.indexOf('»') >= 0) {
            s = CLOSE.matcher(s).replaceAll(NNBSP + "»");
        }
        if (s.indexOf(';') >= 0 || s.indexOf('!') >= 0 || s.indexOf('?') >= 0) {
            s = HIGH.matcher(s).replaceAll(NNBSP + "$1");
        }
        if (s.indexOf(':') >= 0) {
            s = COLON.matcher(s).replaceAll(NBSP + ":");
        }
        return s;
    }

    /** Whether {@code s} holds a character some rule changes or spaces. */
    private static boolean hasMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '\'', '«', '»', ';', '!', '?', ':':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** Whether {@link #URL} could match: it needs "://", "mailto:", "www." or "@". */
    private static boolean mayHoldUrl(String s) {
        return s.indexOf('@') >= 0 || s.contains("://") || s.contains("mailto:") || s.contains("www.");
    }

    /** An HTML fragment with French typography on its text nodes outside code, pre and the like. */
    public static String html(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !verbatim(t)) {
                    String before = t.getWholeText();
                    String after = text(before);
                    if (!after.equals(before)) {
                        t.text(after);
                    }
                }
            }
        }, doc.body());
        return doc.body().html();
    }

    private static boolean verbatim(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (VERBATIM.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }
}
