package io.github.briefings.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/** Renders {@link FigureBlock}s as {@code <figure>} elements. */
final class FigureRenderer implements NodeRenderer {

  private final String basePath;
  private final String creditLabel;
  private final String lang;

  FigureRenderer(String basePath, String creditLabel, String lang) {
    this.basePath = basePath;
    this.creditLabel = creditLabel;
    this.lang = lang;
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(FigureBlock.class, this::render));
  }

  private void render(FigureBlock node, NodeRendererContext context, HtmlWriter html) {
    html.line();
    html.raw(FigureHtml.of(node.photo(), basePath, false, creditLabel, lang));
    html.line();
  }
}
