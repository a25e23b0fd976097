package io.github.briefings.render;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** Renders a {@link PageJob} with the theme, turning template errors into located problems. */
public final class PageRenderer {

  private final Theme theme;

  public PageRenderer(Theme theme) {
    this.theme = theme;
  }

  /**
   * Writes the page to {@code out}; returns the template's problem instead of throwing when the
   * template is broken (I/O failures of {@code out} are thrown).
   */
  public Optional<Problem> render(PageJob job, Writer out) throws IOException {
    Template template;
    try {
      template = theme.freemarker().getTemplate(job.template());
    } catch (TemplateNotFoundException e) {
      return Optional.of(
          Problem.error(
              "templates/" + job.template(),
              0,
              0,
              "template not found: add "
                  + "templates/"
                  + job.template()
                  + " or remove the override that includes it"));
    } catch (ParseException e) {
      return Optional.of(
          Problem.error(
              theme.displayPath(e.getTemplateName()),
              e.lineNumber,
              e.columnNumber,
              "template syntax error: " + firstLine(e.getEditorMessage())));
    }
    try {
      Environment env = template.createProcessingEnvironment(job.model(), out);
      env.setLocale(Locale.forLanguageTag(job.lang()));
      env.process();
      return Optional.empty();
    } catch (TemplateException e) {
      String source =
          e.getTemplateSourceName() == null ? job.template() : e.getTemplateSourceName();
      int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
      int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
      return Optional.of(
          Problem.error(
              theme.displayPath(source),
              line,
              column,
              "template error: " + summary(e.getMessageWithoutStackTop())));
    }
  }

  /** Freemarker's message up to its tips, on one line, without the location it repeats. */
  private static String summary(String text) {
    if (text == null) {
      return "unknown error";
    }
    int tips = text.indexOf("\n----");
    String t = tips < 0 ? text : text.substring(0, tips);
    t = t.replaceAll("\\s*\\[in template [^\\]]*\\]", "").replace("==>", "");
    return t.replaceAll("\\s+", " ").strip();
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
