package io.github.briefings.maven;

import io.github.briefings.BuildResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines that end a build's log: what the site has, what was written, and where the time went. */
final class Summary {

    private Summary() {
    }

    static List<String> of(BuildResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s %d briefings (%s) in %d ms -> %s",
                r.upToDate() ? "Up to date, nothing to write:" : "Built", r.briefings(), r.schedule().describeHeld(),
                r.millis(), r.outputDir()));
        r.schedule().nextChange().ifPresent(next -> lines.add("next change: " + next.describe()));
        int total = r.pages() + r.feeds() + r.files();
        lines.add("                     | in the site");
        lines.add("  -------------------+------------");
        lines.add(row("Pages", r.pages()));
        lines.add(row("Feeds", r.feeds()));
        lines.add(row("Photos", r.photos()));
        lines.add(row("Other files", Math.max(0, r.files() - r.photos())));
        lines.add(row("Written this build", r.written()));
        lines.add(row("Already up to date", Math.max(0, total - r.written())));
        lines.add("  Time per stage (ms):");
        for (BuildResult.Phase phase : r.phases()) {
            lines.add(String.format(Locale.ROOT, "    %-32s %7d", phase.name(), phase.millis()));
        }
        return lines;
    }

    private static String row(String name, int count) {
        return String.format(Locale.ROOT, "  %-18s | %,10d", name, count);
    }
}
