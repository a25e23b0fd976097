package io.github.briefings.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs a piece of work on a pool of its own size, so that the parallel streams inside it use
 * exactly that many threads; the pool is shut down afterwards. Unchecked exceptions pass through.
 */
public final class WorkerPool {

  private WorkerPool() {}

  /** Runs {@code work} on a fresh pool of {@code threads} threads and returns its result. */
  public static <T> T run(int threads, String what, Callable<T> work) {
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
