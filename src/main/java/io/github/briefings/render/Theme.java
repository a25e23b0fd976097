package io.github.briefings.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme: Freemarker templates and UI strings, looked up first in the site's own {@code
 * templates/} folder, then in the built-in theme packaged in the plugin.
 */
public final class Theme {

  /** Where the built-in theme lives on the class path. */
  public static final String BUILT_IN = "io/github/briefings/theme";

  private final Path siteTemplates;
  private final Configuration freemarker;
  private final Map<String, Map<String, String>> messages =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param siteTemplates the site's {@code templates/} folder (may not exist)
   */
  public Theme(Path siteTemplates) {
    this.siteTemplates = siteTemplates;
    this.freemarker = configure(siteTemplates);
  }

  public Configuration freemarker() {
    return freemarker;
  }

  /** Whether {@code name} is overridden by the site's own templates folder. */
  public boolean isOverridden(String name) {
    return siteTemplates != null && Files.isRegularFile(siteTemplates.resolve(name));
  }

  /**
   * A template's path for messages: {@code templates/x.ftlh} for the site's, {@code [built-in]
   * x.ftlh} otherwise.
   */
  public String displayPath(String name) {
    return isOverridden(name) ? "templates/" + name : "[built-in theme] " + name;
  }

  private static Configuration configure(Path siteTemplates) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (siteTemplates != null && Files.isDirectory(siteTemplates)) {
      try {
        loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setLocalizedLookup(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    // a build reads each template once; a preview server makes a new Theme when templates change
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return cfg;
  }

  /**
   * The UI strings of {@code lang}: built-in ones, then the site's {@code messages_LANG.properties}
   * over them.
   */
  public Map<String, String> messages(String lang) {
    return messages.computeIfAbsent(lang, this::readMessages);
  }

  private Map<String, String> readMessages(String lang) {
    Map<String, String> out = new TreeMap<>();
    String name = "messages_" + lang + ".properties";
    loadBuiltIn("messages_en.properties", out);
    loadBuiltIn(name, out);
    if (siteTemplates != null) {
      loadFile(siteTemplates.resolve("messages_en.properties"), out);
      loadFile(siteTemplates.resolve(name), out);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static void loadBuiltIn(String name, Map<String, String> out) {
    try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "/" + name)) {
      if (in == null) {
        return;
      }
      load(new InputStreamReader(in, StandardCharsets.UTF_8), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void loadFile(Path file, Map<String, String> out) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      load(in, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void load(Reader in, Map<String, String> out) throws IOException {
    Properties props = new Properties();
    props.load(in);
    for (String key : props.stringPropertyNames()) {
      out.put(key, props.getProperty(key));
    }
  }

  /**
   * Every static asset of the theme, as site-relative path → file: the built-in ones, then the
   * site's {@code templates/static/} over them.
   */
  public Map<String, Path> staticAssets() {
    Map<String, Path> out = new TreeMap<>();
    URL url = Theme.class.getClassLoader().getResource(BUILT_IN + "/static");
    if (url != null) {
      try {
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
          FileSystem fs;
          try {
            fs = FileSystems.getFileSystem(uri);
          } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
          }
          addTree(fs.provider().getPath(uri), out);
        } else {
          addTree(Path.of(uri), out);
        }
      } catch (URISyntaxException | IOException e) {
        throw new IllegalStateException("cannot read the built-in theme's static files", e);
      }
    }
    if (siteTemplates != null) {
      addTree(siteTemplates.resolve("static"), out);
    }
    return out;
  }

  /**
   * Adds every regular file under {@code dir} (dotfiles included) to {@code out}, keyed by its
   * relative path.
   */
  public static void addTree(Path dir, Map<String, Path> out) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> out.put(dir.relativize(f).toString().replace('\\', '/'), f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
