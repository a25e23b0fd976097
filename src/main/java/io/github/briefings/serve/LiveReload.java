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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live-reload channel: keeps the state of the last build (the id of the site being served, the
 * error lines of a failed rebuild) and pushes it to every open page as server-sent events: {@code
 * hello} (the current build id, on connecting), {@code reload} (after a successful rebuild) and
 * {@code errors} (one {@code data:} line per error, after a failed one and on connecting while
 * broken).
 *
 * <p>Every open stream is written by one thread of this channel (events and a heartbeat comment),
 * so open pages cost no thread each; a build never waits for a page. A stream whose page went away
 * is dropped at its next write.
 */
public final class LiveReload implements AutoCloseable {

  /** What the open pages must show. */
  private record State(String buildId, Instant builtAt, List<String> errors) {}

  /** One open page's stream, and what to do once it ends (close the exchange). */
  private record Client(OutputStream out, Runnable onEnd) {}

  private final String session = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicLong builds = new AtomicLong();
  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService writer;
  private final ScheduledFuture<?> heartbeats;
  private volatile State state;

  /**
   * @param heartbeat how often every stream gets a comment, so that closed pages are noticed
   */
  public LiveReload(Duration heartbeat) {
    this.state = new State(nextId(), Instant.now(), List.of());
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "briefings-live-reload");
              t.setDaemon(true);
              return t;
            });
    long every = heartbeat.toMillis();
    this.heartbeats =
        writer.scheduleWithFixedDelay(
            () -> sendAll(": keep-alive\n\n"), every, every, TimeUnit.MILLISECONDS);
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
   * Opens the stream of one page: the response headers must already be sent; {@code out} gets the
   * greeting now and every event from then on, until the page goes away or the channel is closed,
   * when {@code onEnd} runs (once, on the channel's thread). Returns at once.
   */
  public void open(OutputStream out, Runnable onEnd) {
    Client client = new Client(out, onEnd);
    run(
        () -> {
          State now = state;
          StringBuilder hello =
              new StringBuilder("retry: 1000\n").append(event("hello", List.of(now.buildId())));
          if (!now.errors().isEmpty()) {
            hello.append(event("errors", now.errors()));
          }
          clients.add(client);
          send(client, hello.toString());
        },
        client);
  }

  /** Ends every stream. */
  @Override
  public void close() {
    try {
      writer.execute(() -> clients.forEach(this::end));
    } catch (RejectedExecutionException e) {
      return; // closed already
    }
    heartbeats.cancel(false);
    writer.shutdown();
  }

  private void broadcast(String message) {
    run(() -> sendAll(message), null);
  }

  /** Runs {@code task} on the channel's thread; when the channel is closed, ends {@code client}. */
  private void run(Runnable task, Client client) {
    try {
      writer.execute(task);
    } catch (RejectedExecutionException e) {
      if (client != null) {
        client.onEnd().run();
      }
    }
  }

  private void sendAll(String message) {
    clients.forEach(c -> send(c, message));
  }

  private void send(Client client, String text) {
    try {
      client.out().write(text.getBytes(StandardCharsets.UTF_8));
      client.out().flush();
    } catch (IOException e) {
      end(client);
    }
  }

  private void end(Client client) {
    if (clients.remove(client)) {
      try {
        client.onEnd().run();
      } catch (RuntimeException e) {
        // the page's connection is gone already: nothing more to close
      }
    }
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
}
