package io.github.briefings;

import java.util.ArrayList;
import java.util.List;

/** Measures how long each stage of one build takes, for the build's summary. Not thread-safe: one per build. */
final class PhaseTimer {

    private final List<BuildResult.Phase> phases = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the current phase under {@code name} and starts the next. */
    void end(String name) {
        long now = System.nanoTime();
        phases.add(new BuildResult.Phase(name, (now - last) / 1_000_000));
        last = now;
    }

    List<BuildResult.Phase> phases() {
        return List.copyOf(phases);
    }
}
