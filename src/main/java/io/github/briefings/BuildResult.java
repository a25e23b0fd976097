package io.github.briefings;

import io.github.briefings.content.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build did.
 *
 * @param problems every problem, sorted by file and line
 * @param outputDir where the site was written (untouched when the build failed)
 * @param briefings briefings published
 * @param held briefings held back (drafts, embargoed)
 * @param pages pages the site has
 * @param feeds Atom feeds the site has
 * @param files other files the site has (photos and their copies, static files)
 * @param photos photos published (each original once)
 * @param written files this build wrote (the others were already in the output, unchanged)
 * @param millis wall time of the build
 * @param phases how long each stage took, in order
 */
public record BuildResult(List<Problem> problems, Path outputDir, int briefings, int held, int pages, int feeds, int files,
        int photos, int written, long millis, List<Phase> phases) {

    /**
     * One stage of a build and its wall time.
     *
     * @param name what the stage did
     * @param millis how long it took
     */
    public record Phase(String name, long millis) {
    }

    /** The one stage of a build that found the site up to date and did nothing else. */
    public static final String UP_TO_DATE = "check that the site is up to date";

    public BuildResult {
        problems = List.copyOf(problems);
        phases = List.copyOf(phases);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public boolean succeeded() {
        return errorCount() == 0;
    }

    /** Whether the build found the site it would make already in place, and did nothing else. */
    public boolean upToDate() {
        return phases.size() == 1 && phases.get(0).name().equals(UP_TO_DATE);
    }
}
