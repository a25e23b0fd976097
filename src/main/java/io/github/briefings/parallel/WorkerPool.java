package io.github.briefings.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Runs a piece of work on a pool of its own size, so that the parallel streams inside it use
 * exactly that many threads; the pool is shut down afterwards. Unchecked exceptions pass through.
 */
public final class WorkerPool {

  private WorkerPool() {}

  /**
   * Waits for {@code future}'s result; what it threw is thrown again as it was (an unchecked
   * exception or an error), an interruption as an {@link IllegalStateException} naming {@code
   * what}.
   */
  public static <T> T result(Future<T> future, String what) {
    try {
      return future.get();
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
    }
  }

  /** Runs {@code work} on a fresh pool of {@code threads} threads and returns its result. */
  public static <T> T run(int threads, String what, Callable<T> work) {
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      return result(pool.submit(work), what);
    } finally {
      pool.shutdown();
    }
  }
}
