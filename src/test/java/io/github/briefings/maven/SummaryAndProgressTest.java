package io.github.briefings.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.BuildListener;
import io.github.briefings.BuildResult;
import io.github.briefings.TestProject;
import io.github.briefings.cache.BuildCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-build summary and the progress lines of a large build, from a real build. */
class SummaryAndProgressTest {

    @TempDir
    Path tmp;

    @Test
    void theSummarySaysWhatTheSiteHasAndWhatThisBuildWrote() {
        TestProject p = new TestProject(tmp);
        p.briefing("content/a.md", "A", "2024-11-01T10:00:00Z", "");
        p.briefing("content/b.md", "B", "2024-11-02T10:00:00Z", "");
        BuildResult first = Briefings.build(p.options(), BuildCache.forProject(p.dir()), BuildListener.NONE);
        BuildResult second = Briefings.build(p.options(), BuildCache.forProject(p.dir()), BuildListener.NONE);

        List<String> cold = Summary.of(first);
        List<String> warm = Summary.of(second);

        assertThat(cold.get(0)).startsWith("Built 2 briefings (0 held back) in ");
        assertThat(cold).contains(String.format(Locale.ROOT, "  %-18s | %,10d", "Pages", first.pages()),
                String.format(Locale.ROOT, "  %-18s | %,10d", "Photos", 1),
                String.format(Locale.ROOT, "  %-18s | %,10d", "Written this build", first.written()));
        assertThat(first.written()).isGreaterThan(first.pages());
        assertThat(warm).contains(String.format(Locale.ROOT, "  %-18s | %,10d", "Written this build", 0));
        assertThat(warm.get(0)).startsWith("Up to date, nothing to write: 2 briefings (0 held back) in ");
        assertThat(warm).anySatisfy(line -> assertThat(line).contains(BuildResult.UP_TO_DATE));
    }

    @Test
    void aLargeBuildLogsItsProgressAndStagesASmallOneDoesNot() {
        List<String> lines = new ArrayList<>();
        SystemStreamLog log = new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        };
        ProgressLog small = new ProgressLog(log);
        small.progress("briefings", 10, 10);
        small.phase("load and check briefings", 12);
        assertThat(lines).isEmpty();

        ProgressLog large = new ProgressLog(log);
        for (int done = 1_000; done <= 10_000; done += 1_000) {
            large.progress("briefings", done, 10_000);
        }
        large.phase("load and check briefings", 4_321);

        assertThat(lines).hasSize(11);
        assertThat(lines.get(0)).isEqualTo("  1,000 of 10,000 briefings (10%)");
        assertThat(lines.get(9)).isEqualTo("  10,000 of 10,000 briefings (100%)");
        assertThat(lines.get(10)).isEqualTo("  done: load and check briefings (4321 ms)");
    }
}
