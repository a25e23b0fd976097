package io.github.briefings.quality;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One built HTML page, described by what the theme writes into it, so that a new kind of page is
 * recognised without a change here.
 *
 * @param path the file's path in the output folder ({@code en/countries/ua/index.html})
 * @param lang the page's {@code <html lang>}
 * @param kind the kind the theme writes as {@code <body class="page-KIND">} ({@code page.kind}:
 *     home, briefing, countries, topics, term, credits, notfound, and whatever kinds later
 *     templates add); {@code ?} when the body has no such class
 * @param group the kind, refined by the URL: its first folder when not a year ({@code countries}
 *     and {@code topics} for term pages), and whether the page is a second or later page of a
 *     paginated list
 * @param features what the page is made of: every element name of its body, alone and with each of
 *     its classes ({@code figure}, {@code figure.figure--inline}), so that a page with a table, an
 *     inline photo or a comments section is told from one without
 */
record SitePage(String path, String lang, String kind, String group, Set<String> features) {

  private static final Pattern BODY_KIND = Pattern.compile("(?:^|\\s)page-(\\S+)");
  private static final Pattern PAGED = Pattern.compile("(?:^|/)page/\\d+/");

  SitePage {
    features = Set.copyOf(features);
  }

  static SitePage of(String path, Document doc) {
    String lang = doc.selectFirst("html").attr("lang");
    Matcher m = BODY_KIND.matcher(doc.body().className());
    String kind = m.find() ? m.group(1) : "?";
    Set<String> features = new TreeSet<>();
    for (Element e : doc.body().getAllElements()) {
      features.add(e.tagName());
      for (String c : e.classNames()) {
        features.add(e.tagName() + "." + c);
      }
    }
    return new SitePage(path, lang, kind, group(path, lang, kind), features);
  }

  private static String group(String path, String lang, String kind) {
    String rest = path.startsWith(lang + "/") ? path.substring(lang.length() + 1) : path;
    int slash = rest.indexOf('/');
    String first = slash < 0 ? "" : rest.substring(0, slash);
    StringBuilder group = new StringBuilder(kind);
    if (!first.isEmpty()
        && !first.matches("\\d+")
        && !first.equals(kind)
        && !first.equals("page")) {
      group.append(' ').append(first);
    }
    if (PAGED.matcher(rest).find()) {
      group.append(", page 2+");
    }
    return group.toString();
  }

  /** The page's address under the site's base path: {@code en/countries/ua/}, {@code 404.html}. */
  String url() {
    return path.equals("index.html")
        ? ""
        : path.endsWith("/index.html")
            ? path.substring(0, path.length() - "index.html".length())
            : path;
  }

  @Override
  public String toString() {
    return "/" + url() + " (" + lang + ", " + group + ")";
  }
}
