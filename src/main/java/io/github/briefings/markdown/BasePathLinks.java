package io.github.briefings.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts root-relative links ({@code /2024/11/x/}) under the site's base path, and turns unsafe links
 * ({@code javascript:} and other schemes) into inert ones.
 */
final class BasePathLinks extends IndependentLinkResolverFactory {

  private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

  private final String basePath;

  BasePathLinks(String basePath) {
    this.basePath = basePath;
  }

  /** Whether a link may be kept: a path, an anchor, or an http, https, mailto or tel URL. */
  static boolean isSafe(String url) {
    var m = SCHEME.matcher(url);
    if (!m.find()) {
      return true;
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return scheme.equals("http")
        || scheme.equals("https")
        || scheme.equals("mailto")
        || scheme.equals("tel");
  }

  @Override
  public LinkResolver apply(LinkResolverBasicContext context) {
    return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
      String url = link.getUrl();
      if (!isSafe(url)) {
        return link.withUrl("#");
      }
      if (url.startsWith("/") && !url.startsWith("//")) {
        return link.withUrl(basePath + url.substring(1));
      }
      return link;
    };
  }
}
