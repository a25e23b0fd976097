package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The GitHub Actions workflow that deploys the example site is valid YAML with the expected steps. */
class PagesWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github", "workflows", "pages.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        String text = Files.readString(WORKFLOW, StandardCharsets.UTF_8);
        Object parsed = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(text);
        assertThat(parsed).isInstanceOf(Map.class);
        return (Map<String, Object>) parsed;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
            assertThat(current).as(key).isNotNull();
        }
        return (T) current;
    }

    @Test
    void hasThePermissionsAndConcurrencyOfGitHubsStarter() throws IOException {
        Map<String, Object> wf = workflow();
        assertThat(wf.get("permissions")).isEqualTo(Map.of("contents", "read", "pages", "write", "id-token", "write"));
        assertThat(wf.get("concurrency")).isEqualTo(Map.of("group", "pages", "cancel-in-progress", false));
        Map<String, Object> on = at(wf, "on");
        assertThat(on).containsKeys("push", "workflow_dispatch");
    }

    @Test
    void buildsTheSiteForThePagesAddressAndDeploysIt() throws IOException {
        Map<String, Object> wf = workflow();
        List<Map<String, Object>> build = at(wf, "jobs", "build", "steps");
        assertThat(build).extracting(s -> s.get("uses")).filteredOn(u -> u != null).containsExactly(
                "actions/checkout@v4", "actions/setup-java@v4", "actions/configure-pages@v5",
                "actions/upload-pages-artifact@v3");
        Map<String, Object> java = build.get(1);
        assertThat((Map<String, Object>) at(java, "with")).containsEntry("distribution", "temurin")
                .containsEntry("java-version", "17").containsEntry("cache", "maven");
        Map<String, Object> pages = build.get(2);
        assertThat(pages.get("id")).isEqualTo("pages");
        List<Object> runs = build.stream().map(s -> s.get("run")).filter(r -> r != null).toList();
        assertThat(runs).containsExactly("mvn -B install",
                "mvn -B briefing:build -Dbriefing.baseUrl=${{ steps.pages.outputs.base_url }}/");
        // the site is built after configure-pages (which gives its address) and uploaded after it is built
        assertThat(build.indexOf(pages)).isLessThan(indexOfRun(build, "briefing:build"));
        Map<String, Object> upload = build.get(build.size() - 1);
        assertThat((Map<String, Object>) at(upload, "with")).containsEntry("path", "target/briefing-site");

        Map<String, Object> deploy = at(wf, "jobs", "deploy");
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat((Map<String, Object>) at(deploy, "environment")).containsEntry("name", "github-pages")
                .containsEntry("url", "${{ steps.deployment.outputs.page_url }}");
        List<Map<String, Object>> steps = at(deploy, "steps");
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.get("uses")).isEqualTo("actions/deploy-pages@v4");
            assertThat(s.get("id")).isEqualTo("deployment");
        });
    }

    private static int indexOfRun(List<Map<String, Object>> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            Object run = steps.get(i).get("run");
            if (run != null && run.toString().contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
