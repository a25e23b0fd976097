package io.github.briefings.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainJsonTest {

  private static Map<String, Object> sample() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("@type", "Country");
    inner.put("name", "Corée du Nord \"RPDC\"");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("zeta", "first key stays first");
    out.put("changed", true);
    out.put("count", 3);
    out.put("big", 12_345_678_901L);
    out.put("none", null);
    out.put("about", List.of(inner, "x"));
    out.put("empty", new ArrayList<>());
    out.put("tabs", "a\tb\nc\u0001");
    return out;
  }

  @Test
  void prettyIsWhatJacksonsObjectMapperWrites() throws Exception {
    // the build report's bytes did not change when it stopped using the object mapper
    assertThat(PlainJson.pretty(sample()))
        .isEqualTo(
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(sample()));
  }

  @Test
  void scriptJsonIsCompactAndCannotCloseItsScript() throws Exception {
    Map<String, Object> hostile = new LinkedHashMap<>(sample());
    hostile.put("x", "</script><!-- & ' \u2028\u2029");
    String json = ScriptJson.write(hostile);
    assertThat(json)
        .doesNotContain("<", ">", "&", "'", "\u2028", "\u2029", "\n")
        .contains("\\u003C/script\\u003E\\u003C!-- \\u0026 \\u0027 \\u2028\\u2029");
    assertThat(new ObjectMapper().readValue(json, Map.class))
        .isEqualTo(
            new ObjectMapper()
                .readValue(new ObjectMapper().writeValueAsString(hostile), Map.class));
  }

  @Test
  void aValueThatIsNotPlainJsonIsRefused() {
    assertThatThrownBy(() -> PlainJson.pretty(Map.of("when", Arrays.asList(1.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
  }
}
