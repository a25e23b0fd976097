package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.render.view.PageModel;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/template-model.md} against the records templates receive: every component of every
 * record a template can reach is documented, and every name documented is a component.
 *
 * <p>The page marks each record's table with {@code <!-- view: RecordName -->} ({@code , with the
 * rows of OtherRecord} when it documents only what it adds); the first column of the table's rows
 * holds one field name each, in backticks. {@code <!-- view: PageModel -->} marks the variables of
 * every page, {@code <!-- view: pages -->} those of some pages; the table "Templates" lists each
 * page template's own variables in its third column.
 */
class TemplateModelDocTest {

  private static final Path DOC = Path.of("docs/template-model.md");
  private static final Pattern MARKER =
      Pattern.compile("<!--\\s*view:\\s*(\\w+)(?:,\\s*with the rows of\\s+(\\w+))?\\s*-->");
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|");
  private static final Pattern TEMPLATE_ROW =
      Pattern.compile("^\\|\\s*`([\\w.-]+\\.ftlh)`\\s*\\|[^|]*\\|([^|]*)\\|\\s*$");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  /** A marked table: the names in its rows' first column, and the record whose rows it adds to. */
  private record Section(List<String> names, String withRowsOf) {}

  private static List<String> lines;
  private static Map<String, Section> sections;

  @BeforeAll
  static void read() throws IOException {
    lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    sections = sections(lines);
  }

  private static Map<String, Section> sections(List<String> lines) {
    Map<String, Section> out = new LinkedHashMap<>();
    String name = null;
    String withRowsOf = null;
    List<String> names = new ArrayList<>();
    for (String line : lines) {
      Matcher marker = MARKER.matcher(line);
      if (marker.find() || line.startsWith("#")) {
        if (name != null) {
          assertThat(out).as("two tables marked %s", name).doesNotContainKey(name);
          out.put(name, new Section(List.copyOf(names), withRowsOf));
        }
        name = marker.find(0) ? marker.group(1) : null;
        withRowsOf = name != null ? marker.group(2) : null;
        names.clear();
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (name != null && row.find()) {
        names.add(row.group(1));
      }
    }
    if (name != null) {
      out.put(name, new Section(List.copyOf(names), withRowsOf));
    }
    return out;
  }

  /** The names a section documents, the rows of the record it adds to included. */
  private static Set<String> documented(String view) {
    Section section = sections.get(view);
    assertThat(section).as("no table marked <!-- view: %s --> in %s", view, DOC).isNotNull();
    assertThat(new LinkedHashSet<>(section.names()))
        .as("a name documented twice for %s", view)
        .hasSize(section.names().size());
    Set<String> names = new TreeSet<>(section.names());
    if (section.withRowsOf() != null) {
      names.addAll(documented(section.withRowsOf()));
    }
    return names;
  }

  private static Set<String> components(Class<?> record) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static Set<String> everyPage() {
    Set<String> names = new TreeSet<>();
    for (Method m : PageModel.class.getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers())) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static List<Class<?>> pages() {
    return Arrays.asList(PageModel.class.getPermittedSubclasses());
  }

  /** Every record a template can reach from its page's record, the page records left out. */
  private static Set<Class<?>> reachable() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    for (Class<?> page : pages()) {
      Arrays.stream(page.getRecordComponents())
          .map(RecordComponent::getGenericType)
          .forEach(todo::add);
    }
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType p) {
        todo.addAll(Arrays.asList(p.getActualTypeArguments()));
      } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
        Arrays.stream(c.getRecordComponents())
            .map(RecordComponent::getGenericType)
            .forEach(todo::add);
      }
    }
    return seen;
  }

  @Test
  void everyFieldOfEveryRecordIsDocumentedAndEveryDocumentedFieldExists() {
    Set<Class<?>> records = reachable();
    assertThat(records).isNotEmpty();
    for (Class<?> record : records) {
      assertThat(documented(record.getSimpleName()))
          .as("the fields of %s documented in %s", record.getSimpleName(), DOC)
          .containsExactlyInAnyOrderElementsOf(components(record));
    }
  }

  @Test
  void theVariablesOfEveryPageAndOfSomePagesAreTheRecordsOfThePages() {
    Set<String> common = everyPage();
    assertThat(documented("PageModel")).containsExactlyInAnyOrderElementsOf(common);
    Set<String> own = new TreeSet<>();
    for (Class<?> page : pages()) {
      List<String> first =
          Arrays.stream(page.getRecordComponents())
              .limit(common.size())
              .map(RecordComponent::getName)
              .toList();
      assertThat(first)
          .as("%s starts with the variables of every page", page)
          .containsExactlyInAnyOrderElementsOf(common);
      Set<String> names = components(page);
      names.removeAll(common);
      own.addAll(names);
    }
    assertThat(documented("pages")).containsExactlyInAnyOrderElementsOf(own);
  }

  @Test
  void theTemplatesTableListsEachPageTemplatesOwnVariables() throws ReflectiveOperationException {
    Map<String, Set<String>> listed = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher row = TEMPLATE_ROW.matcher(line);
      if (row.find()) {
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(row.group(2));
        while (name.find()) {
          names.add(name.group(1));
        }
        listed.put(row.group(1), names);
      }
    }
    Set<String> common = everyPage();
    for (Class<?> page : pages()) {
      String template = (String) page.getField("TEMPLATE").get(null);
      assertThat(PageModels.PAGE_TEMPLATES).contains(template);
      Set<String> own = components(page);
      own.removeAll(common);
      assertThat(listed.get(template))
          .as("the variables of %s in the table Templates of %s", template, DOC)
          .containsExactlyInAnyOrderElementsOf(own);
    }
    assertThat(PageModels.PAGE_TEMPLATES).hasSameSizeAs(pages());
    listed.keySet().stream()
        .filter(t -> !PageModels.PAGE_TEMPLATES.contains(t))
        .forEach(t -> assertThat(listed.get(t)).as("variables listed for %s", t).isEmpty());
  }

  @Test
  void everyMarkedTableIsARecordOrAGroupOfVariables() {
    Set<String> known = new TreeSet<>(Set.of("PageModel", "pages"));
    reachable().forEach(c -> known.add(c.getSimpleName()));
    assertThat(known).containsAll(sections.keySet());
    sections.values().stream()
        .map(Section::withRowsOf)
        .filter(java.util.Objects::nonNull)
        .forEach(other -> assertThat(known).contains(other));
  }
}
