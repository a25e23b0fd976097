package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.problems.Problems;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void splitsAndCountsLines() {
    FrontMatter fm =
        FrontMatter.split("\uFEFF---\r\ntitle: x\r\n---\r\nbody\r\n", "x.md", new Problems())
            .orElseThrow();
    assertThat(fm.yaml()).isEqualTo("title: x\r\n");
    assertThat(fm.yamlLine()).isEqualTo(2);
    assertThat(fm.body()).isEqualTo("body\r\n");
    assertThat(fm.bodyLine()).isEqualTo(4);
  }

  @Test
  void aBodyMayBeEmpty() {
    FrontMatter fm = FrontMatter.split("---\ntitle: x\n---", "x.md", new Problems()).orElseThrow();
    assertThat(fm.body()).isEmpty();
  }

  @Test
  void aHorizontalRuleInTheBodyIsNotAFence() {
    FrontMatter fm =
        FrontMatter.split("---\na: 1\n---\ntext\n---\nmore\n", "x.md", new Problems())
            .orElseThrow();
    assertThat(fm.body()).isEqualTo("text\n---\nmore\n");
  }
}
