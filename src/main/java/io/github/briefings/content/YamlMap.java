package io.github.briefings.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read field by field: each typed getter reports a located problem when the field is
 * missing or of the wrong shape, and returns empty so loading can go on.
 */
public final class YamlMap {

  private final YamlSource source;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final int line;
  private final int column;

  YamlMap(YamlSource source, MappingNode node) {
    this(source, node, source.line(node));
  }

  YamlMap(YamlSource source, MappingNode node, int line) {
    this.source = source;
    this.line = line;
    this.column = source.column(node);
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        source.error(key, "a key must be a plain word");
        continue;
      }
      String name = scalar.getValue();
      if (entries.containsKey(name)) {
        source.error(key, "duplicate key '" + name + "': keep only one");
        continue;
      }
      entries.put(name, tuple);
    }
  }

  private YamlMap(YamlSource source, int line) {
    this.source = source;
    this.line = line;
    this.column = 0;
  }

  static YamlMap empty(YamlSource source, int line) {
    return new YamlMap(source, line);
  }

  public YamlSource source() {
    return source;
  }

  /** Line of the mapping itself (used for missing fields). */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public boolean has(String key) {
    Node value = valueNode(key).orElse(null);
    return value != null && !isNull(value);
  }

  public Optional<Node> valueNode(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /**
   * The node to point at for a problem with {@code key}: its value, else its key, else the mapping.
   */
  public int lineOf(String key) {
    return valueNode(key).map(source::line).orElse(line);
  }

  public int columnOf(String key) {
    return valueNode(key).map(source::column).orElse(column);
  }

  /**
   * Reports every key that is not in {@code known} as a warning, suggesting the nearest known key.
   */
  public void warnUnknownKeys(Collection<String> known, String where) {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!known.contains(e.getKey())) {
        String hint =
            Suggestions.nearest(e.getKey(), known, 2)
                .map(s -> " (did you mean " + s + "?)")
                .orElse("");
        source.warning(
            e.getValue().getKeyNode(),
            "unknown key '" + e.getKey() + "' in " + where + hint + "; it is ignored");
      }
    }
  }

  /**
   * A required or optional plain-text value; reports a missing required field at the mapping's
   * line.
   */
  public Optional<Located<String>> string(String key, boolean required, String example) {
    Node node = present(key, required, example).orElse(null);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof ScalarNode scalar)) {
      source.error(node, "'" + key + "' must be a single value, e.g. " + example);
      return Optional.empty();
    }
    String text = scalar.getValue().strip();
    if (text.isEmpty()) {
      if (required) {
        source.error(node, "'" + key + "' is empty: give it a value, e.g. " + example);
      }
      return Optional.empty();
    }
    return Optional.of(new Located<>(text, source.line(node), source.column(node)));
  }

  /**
   * A text published as written (a headline, a name, a caption): like {@link #string}, with a
   * warning when it is wholly in a word processor's curly quotes, which YAML does not take for
   * quotes.
   */
  public Optional<Located<String>> text(String key, boolean required, String example) {
    Optional<Located<String>> value = string(key, required, example);
    value.ifPresent(v -> CurlyQuotes.warn(source, key, valueNode(key).orElseThrow()));
    return value;
  }

  /** One text or a list of texts (authors), each checked like {@link #text}. */
  public Optional<List<Located<String>>> textOrList(String key, boolean required, String example) {
    Optional<List<Located<String>>> values = stringOrList(key, required, example);
    values.ifPresent(v -> CurlyQuotes.warn(source, key, valueNode(key).orElseThrow()));
    return values;
  }

  /** A list of plain-text values; a single value is an error naming the list form. */
  public Optional<List<Located<String>>> stringList(String key, boolean required, String example) {
    Node node = present(key, required, example).orElse(null);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof SequenceNode sequence)) {
      source.error(node, "'" + key + "' must be a list, e.g. " + example);
      return Optional.empty();
    }
    return items(key, sequence, example);
  }

  /** A value that may be one text or a list of texts (authors). */
  public Optional<List<Located<String>>> stringOrList(
      String key, boolean required, String example) {
    Optional<Node> value = valueNode(key);
    if (value.isPresent() && value.get() instanceof SequenceNode) {
      return stringList(key, required, example);
    }
    return string(key, required, example).map(List::of);
  }

  private Optional<List<Located<String>>> items(String key, SequenceNode sequence, String example) {
    List<Located<String>> out = new ArrayList<>();
    boolean ok = true;
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
        out.add(new Located<>(scalar.getValue().strip(), source.line(item), source.column(item)));
      } else {
        source.error(
            item, "each item of '" + key + "' must be a single non-empty value, e.g. " + example);
        ok = false;
      }
    }
    if (out.isEmpty() && ok) {
      source.error(sequence, "'" + key + "' is empty: list at least one, e.g. " + example);
      return Optional.empty();
    }
    return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

  /** A nested mapping. */
  public Optional<YamlMap> map(String key, boolean required, String example) {
    Node node = present(key, required, example).orElse(null);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof MappingNode mapping)) {
      source.error(node, "'" + key + "' must be a mapping, e.g. " + example);
      return Optional.empty();
    }
    return Optional.of(new YamlMap(source, mapping));
  }

  /** A list of mappings (corrections). */
  public Optional<List<YamlMap>> mapList(String key, String example) {
    Optional<Node> value = valueNode(key);
    if (value.isEmpty() || isNull(value.get())) {
      return Optional.empty();
    }
    Node node = value.get();
    if (!(node instanceof SequenceNode sequence)) {
      source.error(node, "'" + key + "' must be a list, e.g. " + example);
      return Optional.empty();
    }
    List<YamlMap> out = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof MappingNode mapping) {
        out.add(new YamlMap(source, mapping));
      } else {
        source.error(item, "each item of '" + key + "' must be a mapping, e.g. " + example);
      }
    }
    return Optional.of(List.copyOf(out));
  }

  /** A true/false value; anything else is an error. */
  public Optional<Boolean> bool(String key) {
    Optional<Node> value = valueNode(key);
    if (value.isEmpty() || isNull(value.get())) {
      return Optional.empty();
    }
    Node node = value.get();
    if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN) {
      String text = scalar.getValue();
      if (text.equalsIgnoreCase("true")) {
        return Optional.of(true);
      }
      if (text.equalsIgnoreCase("false")) {
        return Optional.of(false);
      }
    }
    source.error(node, "'" + key + "' must be true or false");
    return Optional.empty();
  }

  /** Entries whose values are mappings or texts, keyed by name (topics, countries). */
  public Map<String, Node> entries() {
    Map<String, Node> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v.getValueNode()));
    return out;
  }

  public Node keyNodeOrNull(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getKeyNode();
  }

  /** The value of {@code key} unless it is absent or null; reports a missing required field. */
  private Optional<Node> present(String key, boolean required, String example) {
    Optional<Node> value = valueNode(key).filter(v -> !isNull(v));
    if (value.isEmpty() && required) {
      missing(key, example);
    }
    return value;
  }

  private void missing(String key, String example) {
    source
        .problems()
        .error(
            source.path(),
            line,
            0,
            "missing required field '" + key + "': add it, e.g. " + example);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == ScalarStyle.PLAIN
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equals("null"));
  }

  /** Wraps a nested mapping node of this source. */
  public YamlMap wrap(MappingNode node) {
    return new YamlMap(source, node);
  }
}
