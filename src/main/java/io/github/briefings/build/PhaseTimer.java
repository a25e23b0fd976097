package io.github.briefings.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures how long each stage of one build takes, for the build's summary. Not thread-safe: one
 * per build.
 */
final class PhaseTimer {

  private final List<BuildResult.Phase> phases = new ArrayList<>();
  private final BuildListener listener;
  private long last = System.nanoTime();

  PhaseTimer(BuildListener listener) {
    this.listener = listener;
  }

  /** Ends the current phase under {@code name} and starts the next. */
  void end(String name) {
    long now = System.nanoTime();
    long millis = (now - last) / 1_000_000;
    phases.add(new BuildResult.Phase(name, millis));
    listener.phase(name, millis);
    last = now;
  }

  List<BuildResult.Phase> phases() {
    return List.copyOf(phases);
  }
}
