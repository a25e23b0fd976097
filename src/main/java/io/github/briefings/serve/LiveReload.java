package io.github.briefings.serve;

import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live-reload channel: keeps the state of the last build (the id of the site being served, the
 * error lines of a failed rebuild) and pushes it to every open page as server-sent events: {@code
 * hello} (the current build id, on connecting), {@code reload} (after a successful rebuild) and
 * {@code errors} (one {@code data:} line per error, after a failed one and on connecting while
 * broken).
 */
public final class LiveReload implements AutoCloseable {

  /** What the open pages must show. */
  private record State(String buildId, Instant builtAt, List<String> errors) {}

  /** Put in a stream's queue to end it (events are never empty). */
  private static final String CLOSE = "";

  private final String session = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicLong builds = new AtomicLong();
  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
  private final Duration heartbeat;
  private volatile State state;
  private volatile boolean closed;

  /**
   * @param heartbeat how often an idle stream gets a comment, so that closed pages are noticed
   */
  public LiveReload(Duration heartbeat) {
    this.heartbeat = heartbeat;
    this.state = new State(nextId(), Instant.now(), List.of());
  }

  /** The id of the site now served; pages carry it and reload when the server has another. */
  public String buildId() {
    return state.buildId();
  }

  /** When the site now served was built. */
  public Instant builtAt() {
    return state.builtAt();
  }

  /** The error lines of the last rebuild, empty when it succeeded. */
  public List<String> errors() {
    return state.errors();
  }

  /**
   * Takes a build's outcome: a success gets a new build id and reloads the pages, a failure shows
   * its errors.
   */
  public void built(BuildResult result) {
    if (result.succeeded()) {
      succeeded();
    } else {
      failed(result.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
    }
  }

  /** A new site is being served: every page reloads. */
  public void succeeded() {
    State now = new State(nextId(), Instant.now(), List.of());
    state = now;
    broadcast(event("reload", List.of(now.buildId())));
  }

  /** The rebuild failed: every page shows these lines over the last good site. */
  public void failed(List<String> errorLines) {
    List<String> lines =
        errorLines.isEmpty() ? List.of("error: the rebuild failed") : List.copyOf(errorLines);
    State now = new State(state.buildId(), state.builtAt(), lines);
    state = now;
    broadcast(event("errors", lines));
  }

  /** How many pages are listening. */
  public int listeners() {
    return clients.size();
  }

  /**
   * Streams events to one page until it goes away or the channel is closed; the response headers
   * must already be sent.
   */
  public void stream(OutputStream out) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    clients.add(queue);
    try {
      State now = state;
      StringBuilder hello =
          new StringBuilder("retry: 1000\n").append(event("hello", List.of(now.buildId())));
      if (!now.errors().isEmpty()) {
        hello.append(event("errors", now.errors()));
      }
      write(out, hello.toString());
      while (!closed) {
        String message = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        if (CLOSE.equals(message)) {
          return;
        }
        write(out, message == null ? ": keep-alive\n\n" : message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(queue);
    }
  }

  /** Ends every stream. */
  @Override
  public void close() {
    closed = true;
    clients.forEach(q -> q.add(CLOSE));
  }

  private void broadcast(String message) {
    clients.forEach(q -> q.add(message));
  }

  private String nextId() {
    return session + "-" + builds.incrementAndGet();
  }

  private static String event(String name, List<String> lines) {
    StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
    for (String line : lines) {
      out.append("data: ").append(line.replace('\r', ' ').replace('\n', ' ')).append('\n');
    }
    return out.append('\n').toString();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
