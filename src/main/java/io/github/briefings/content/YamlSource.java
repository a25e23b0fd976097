package io.github.briefings.content;

import io.github.briefings.problems.Problems;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML text inside a file, parsed to nodes that keep their line and column, so that every problem
 * found later can be reported at {@code path:line:col} of the file itself.
 */
public final class YamlSource {

  private final String path;
  private final int firstLine;
  private final Problems problems;

  /**
   * @param path the file, relative to the project directory
   * @param firstLine the 1-based line of the file where the YAML text starts
   * @param problems where problems go
   */
  public YamlSource(String path, int firstLine, Problems problems) {
    this.path = path;
    this.firstLine = firstLine;
    this.problems = problems;
  }

  public String path() {
    return path;
  }

  public Problems problems() {
    return problems;
  }

  /** Parses {@code yaml}; reports a syntax error and returns empty when it is not a mapping. */
  public Optional<YamlMap> parseMapping(String yaml, String whatItIs) {
    if (yaml.length() > Limits.YAML_CHARS) {
      problems.error(
          path,
          firstLine,
          1,
          whatItIs
              + " is "
              + Limits.size(yaml.length())
              + " long; at most "
              + Limits.size(Limits.YAML_CHARS)
              + " is read: shorten it");
      return Optional.empty();
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(path)
            .setMaxAliasesForCollections(Limits.YAML_ALIASES)
            .setCodePointLimit(Limits.YAML_CHARS * 2)
            .build();
    Optional<Node> root;
    try {
      if (tooDeep(yaml, settings, whatItIs)) {
        return Optional.empty();
      }
      root = new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      Located<String> error = YamlSyntaxError.explain(e, yaml, firstLine, whatItIs);
      problems.error(path, error.line(), error.column(), error.value());
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.error(
          path,
          firstLine,
          0,
          "malformed YAML in " + whatItIs + ": " + YamlSyntaxError.firstLineOf(e.getMessage()));
      return Optional.empty();
    }
    if (root.isEmpty()) {
      return Optional.of(YamlMap.empty(this, 1));
    }
    Node node = root.get();
    reportControlCharacters(node);
    if (!(node instanceof MappingNode mapping)) {
      error(node, whatItIs + " must be a mapping of 'key: value' lines");
      return Optional.empty();
    }
    // a missing top-level field is reported at line 1 (the opening '---' of a front matter)
    return Optional.of(new YamlMap(this, mapping, 1));
  }

  /**
   * Whether lists and mappings nest deeper than {@link Limits#YAML_DEPTH} (reported): read as
   * events, which take no stack, before the composer, which takes some per level.
   */
  private boolean tooDeep(String yaml, LoadSettings settings, String whatItIs) {
    int depth = 0;
    for (Event event : new Parse(settings).parseString(yaml)) {
      if (event instanceof CollectionStartEvent) {
        depth++;
        if (depth > Limits.YAML_DEPTH) {
          int line = event.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
          int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
          problems.error(
              path,
              line,
              column,
              whatItIs
                  + " nests lists and mappings more than "
                  + Limits.YAML_DEPTH
                  + " levels deep: write the value flat");
          return true;
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
    return false;
  }

  /**
   * Reports each value holding a character no page or feed may carry: a control character (from a
   * {@code \\x01}-style escape or text pasted from another program) or a noncharacter.
   */
  private void reportControlCharacters(Node node) {
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Characters.forbidden(c)) {
          error(
              node,
              String.format(
                  "this value holds the invisible character U+%04X: delete it (it often comes"
                      + " with text copied from another program)",
                  (int) c));
          return;
        }
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        reportControlCharacters(tuple.getKeyNode());
        reportControlCharacters(tuple.getValueNode());
      }
    } else if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(this::reportControlCharacters);
    }
  }

  /** The 1-based line in the file of a node. */
  public int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
  }

  /** The 1-based column in the file of a node. */
  public int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
  }

  public void error(Node node, String message) {
    problems.error(path, line(node), column(node), message);
  }

  public void warning(Node node, String message) {
    problems.warning(path, line(node), column(node), message);
  }
}
