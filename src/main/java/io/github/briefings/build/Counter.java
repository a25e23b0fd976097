package io.github.briefings.build;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts work done across threads and tells the listener at each tenth of the total. */
final class Counter {

  private final BuildListener listener;
  private final String what;
  private final int total;
  private final int step;
  private final AtomicInteger done = new AtomicInteger();

  Counter(BuildListener listener, String what, int total) {
    this.listener = listener;
    this.what = what;
    this.total = total;
    this.step = Math.max(1, total / 10);
  }

  void tick() {
    int now = done.incrementAndGet();
    if (now % step == 0 || now == total) {
      listener.progress(what, now, total);
    }
  }
}
