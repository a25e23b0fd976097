package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Actions workflows that publish a site: this repository's (the example site) and the
 * one {@code briefing:init} writes for a newsroom. Both run on a schedule, remember the deployed
 * site between runs, check before deploying and deploy only a changed site. {@code .ci/run} also
 * lints both with actionlint and action-validator.
 */
class PagesWorkflowTest {

  private static final Path REPOSITORY = Path.of(".github", "workflows", "pages.yml");
  private static final Path NEWSROOM =
      Path.of("src", "main", "resources", "io", "github", "briefings", "starter", "pages.yml");
  private static final List<String> STATE =
      List.of("target/briefing-site", "target/briefing-cache");

  @TempDir Path tmp;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> workflow(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Object parsed =
        new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(text);
    assertThat(parsed).isInstanceOf(Map.class);
    return (Map<String, Object>) parsed;
  }

  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // a test's typed YAML lookup
  private static <T> T at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
      current = ((Map<String, Object>) current).get(key);
      assertThat(current).as(key).isNotNull();
    }
    return (T) current;
  }

  private static Stream<Path> workflows() {
    return Stream.of(REPOSITORY, NEWSROOM);
  }

  @ParameterizedTest
  @MethodSource("workflows")
  void runsOnPushByHandAndEveryQuarterOfAnHourWithPagesPermissions(Path file) throws IOException {
    Map<String, Object> wf = workflow(file);
    assertThat(wf.get("permissions"))
        .isEqualTo(Map.of("contents", "read", "pages", "write", "id-token", "write"));
    assertThat(wf.get("concurrency"))
        .isEqualTo(Map.of("group", "pages", "cancel-in-progress", false));
    Map<String, Object> on = at(wf, "on");
    assertThat(on).containsOnlyKeys("push", "workflow_dispatch", "schedule");
    assertThat((Map<String, Object>) at(on, "push")).isEqualTo(Map.of("branches", List.of("main")));
    assertThat((List<Object>) at(on, "schedule")).containsExactly(Map.of("cron", "*/15 * * * *"));
  }

  @ParameterizedTest
  @MethodSource("workflows")
  void restoresTheLastDeployedSiteChecksAndDeploysOnlyAChangedOne(Path file) throws IOException {
    Map<String, Object> wf = workflow(file);
    Map<String, Object> job = at(wf, "jobs", "build");
    List<Map<String, Object>> build = at(job, "steps");
    assertThat(build)
        .extracting(s -> s.get("uses"))
        .filteredOn(u -> u != null)
        .containsExactly(
            "actions/checkout@v4",
            "actions/setup-java@v4",
            "actions/configure-pages@v5",
            "actions/cache/restore@v4",
            "actions/upload-pages-artifact@v3",
            "actions/upload-artifact@v4");
    assertThat((Map<String, Object>) at(step(build, "actions/setup-java@v4"), "with"))
        .containsEntry("distribution", "temurin")
        .containsEntry("java-version", "17")
        .containsEntry("cache", "maven");
    Map<String, Object> restore = at(step(build, "actions/cache/restore@v4"), "with");
    assertThat(paths(restore)).isEqualTo(STATE);
    assertThat(restore.get("key")).isEqualTo("briefing-site-${{ github.run_id }}");
    assertThat(restore.get("restore-keys")).isEqualTo("briefing-site-");

    // the check builds the site for the Pages address (passed through the environment, not spliced
    // into
    // the shell line) and fails the run on a broken link; it comes after the address and the
    // restored site
    Map<String, Object> check = stepRunning(build, "briefing:check");
    assertThat(check.get("run"))
        .isEqualTo("mvn -B -ntp briefing:check \"-Dbriefing.baseUrl=${BASE_URL}/\"");
    assertThat((Map<String, Object>) at(check, "env"))
        .isEqualTo(Map.of("BASE_URL", "${{ steps.pages.outputs.base_url }}"));
    assertThat(build.indexOf(check))
        .isGreaterThan(build.indexOf(step(build, "actions/configure-pages@v5")))
        .isGreaterThan(build.indexOf(step(build, "actions/cache/restore@v4")));
    Map<String, Object> decide = stepRunning(build, "briefing-build.json");
    assertThat(decide.get("id")).isEqualTo("decide");
    assertThat(build.indexOf(decide)).isGreaterThan(build.indexOf(check));
    assertThat(job.get("outputs"))
        .isEqualTo(Map.of("deploy", "${{ steps.decide.outputs.deploy }}"));
    for (String uses : List.of("actions/upload-pages-artifact@v3", "actions/upload-artifact@v4")) {
      assertThat(step(build, uses).get("if"))
          .as(uses)
          .isEqualTo("steps.decide.outputs.deploy == 'true'");
    }
    assertThat((Map<String, Object>) at(step(build, "actions/upload-pages-artifact@v3"), "with"))
        .containsEntry("path", "target/briefing-site");
    Map<String, Object> keep = at(step(build, "actions/upload-artifact@v4"), "with");
    assertThat(paths(keep)).isEqualTo(STATE);
    assertThat(keep)
        .containsEntry("name", "briefing-state")
        .containsEntry("include-hidden-files", true);

    // deployed only when the build says so; the site is remembered only once deployed
    Map<String, Object> deploy = at(wf, "jobs", "deploy");
    assertThat(deploy.get("needs")).isEqualTo("build");
    assertThat(deploy.get("if")).isEqualTo("needs.build.outputs.deploy == 'true'");
    assertThat((Map<String, Object>) at(deploy, "environment"))
        .containsEntry("name", "github-pages")
        .containsEntry("url", "${{ steps.deployment.outputs.page_url }}");
    List<Map<String, Object>> steps = at(deploy, "steps");
    assertThat(steps)
        .extracting(s -> s.get("uses"))
        .containsExactly(
            "actions/deploy-pages@v4", "actions/download-artifact@v4", "actions/cache/save@v4");
    assertThat(steps.get(0).get("id")).isEqualTo("deployment");
    assertThat((Map<String, Object>) at(steps.get(1), "with"))
        .isEqualTo(Map.of("name", "briefing-state", "path", "target"));
    Map<String, Object> save = at(steps.get(2), "with");
    assertThat(paths(save)).isEqualTo(STATE);
    assertThat(save.get("key")).isEqualTo(restore.get("key"));
  }

  @Test
  void aNewsroomBuildsNoPluginThisRepositoryBuildsItBeforeTheSite() throws IOException {
    List<Map<String, Object>> newsroom = at(workflow(NEWSROOM), "jobs", "build", "steps");
    assertThat(newsroom)
        .extracting(s -> String.valueOf(s.get("run")))
        .noneMatch(r -> r.contains("install"));
    List<Map<String, Object>> repository = at(workflow(REPOSITORY), "jobs", "build", "steps");
    Map<String, Object> tested = stepRunning(repository, "mvn -B -ntp install");
    assertThat(tested.get("if")).isEqualTo("github.event_name == 'push'");
    Map<String, Object> quick = stepRunning(repository, "-DskipTests");
    assertThat(quick.get("if")).isEqualTo("github.event_name != 'push'");
    assertThat(repository.indexOf(quick))
        .isLessThan(repository.indexOf(stepRunning(repository, "briefing:check")));
  }

  /**
   * The decide step's script, run by bash with jq on a report: deploys a changed site, or any site
   * by hand.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "true schedule true",
        "false schedule false",
        "false push false",
        "true push true",
        "false workflow_dispatch true"
      })
  void theDecisionFollowsTheReport(String scenario) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq")), "jq is missing (.ci/run installs it)");
    String[] s = scenario.split(" ", -1);
    for (Path file : List.of(REPOSITORY, NEWSROOM)) {
      String script =
          String.valueOf(
              stepRunning(at(workflow(file), "jobs", "build", "steps"), "briefing-build.json")
                  .get("run"));
      Files.createDirectories(tmp.resolve("target"));
      Files.writeString(
          tmp.resolve("target/briefing-build.json"),
          "{ \"changed\" : " + s[0] + ", \"nextChange\" : \"2024-12-03T06:00:00+01:00\" }\n");
      Path output = tmp.resolve("output");
      Path summary = tmp.resolve("summary");
      Files.deleteIfExists(output);
      ProcessBuilder bash =
          new ProcessBuilder("bash", "-e", "-c", script)
              .directory(tmp.toFile())
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("log").toFile());
      bash.environment().put("EVENT", s[1]);
      bash.environment().put("GITHUB_OUTPUT", output.toString());
      bash.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
      Process p = bash.start();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("%s", Files.readString(tmp.resolve("log"))).isZero();
      assertThat(Files.readString(output))
          .as("%s: %s", file, scenario)
          .isEqualTo("deploy=" + s[2] + "\n");
      assertThat(Files.readString(summary))
          .contains("Next embargo or expiry: 2024-12-03T06:00:00+01:00");
    }
  }

  private static List<String> paths(Map<String, Object> with) {
    return List.of(String.valueOf(with.get("path")).strip().split("\n"));
  }

  private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
    return steps.stream()
        .filter(s -> uses.equals(s.get("uses")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + uses));
  }

  private static Map<String, Object> stepRunning(List<Map<String, Object>> steps, String text) {
    return steps.stream()
        .filter(s -> String.valueOf(s.get("run")).contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step runs " + text));
  }
}
