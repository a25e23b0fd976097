package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole preview on a real project: save a file, and the served page and the event stream
 * follow.
 */
class PreviewTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String FILE = "content/2024/treaty.md";
  private static final String PAGE = "/briefings/2024/11/treaty/";

  @TempDir Path tmp;

  private TestProject project;
  private Preview preview;
  private final List<Preview.Rebuilt> builds = new CopyOnWriteArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws IOException {
    project =
        new TestProject(tmp)
            .briefing(FILE, "Russia ratifies the treaty", "2024-11-06T18:00:00+01:00", "")
            .briefing(
                "content/2024/draft.md", "A draft", "2024-11-07T10:00:00+01:00", "draft: true\n");
    ServeOptions options =
        ServeOptions.defaults(tmp)
            .withAddress("127.0.0.1", 0)
            .withFixedNow(Instant.parse("2024-12-01T00:00:00Z"))
            // longer than the default 50 ms, so that a slow CI machine still sees the test's writes
            // as one burst
            .withQuiet(Duration.ofMillis(300));
    options = options.withBuild(options.build().withThreads(2));
    preview = Preview.start(options, builds::add);
  }

  @AfterEach
  void stop() {
    preview.close();
  }

  @Test
  void servesThePreviewUnderTheBasePathWithDraftsAndLocalAbsoluteLinks() throws Exception {
    assertThat(preview.firstBuild().succeeded()).as("%s", preview.firstBuild().problems()).isTrue();
    assertThat(preview.url().toString()).isEqualTo(preview.origin() + "/briefings/");
    assertThat(get(PAGE)).contains("Russia ratifies the treaty");
    assertThat(get("/briefings/2024/11/draft/")).contains("A draft");
    Path built = tmp.resolve("target/briefing-preview");
    assertThat(built.resolve("2024/11/treaty/index.html")).exists();
    try (var files = Files.walk(built)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertThat(Files.readString(f)).as("%s", f).doesNotContain("__briefings");
      }
    }
    assertThat(tmp.resolve("target/briefing-site")).doesNotExist();
  }

  @Test
  void rebuildsAfterASaveAndTellsTheOpenPages() throws Exception {
    try (EventStream events = new EventStream(preview.origin())) {
      events.next(e -> e.startsWith("event: hello"));

      project.write(
          FILE,
          Files.readString(tmp.resolve(FILE))
              .replace("Russia ratifies the treaty", "Russia ratifies the defence treaty"));
      events.next(e -> e.startsWith("event: reload"));
      assertThat(get(PAGE)).contains("Russia ratifies the defence treaty");

      // broken front matter: the stream sends the error lines, the last good page stays served
      String good = Files.readString(tmp.resolve(FILE));
      project.write(FILE, good.replace("countries: [RU, KP]", "countries: [RU, RK]"));
      String errors = events.next(e -> e.startsWith("event: errors"));
      assertThat(errors)
          .contains("data: content/2024/treaty.md:6:17: error: unknown country code 'RK'");
      assertThat(get(PAGE)).contains("Russia ratifies the defence treaty");

      // a page opened now hears about the errors at once
      try (EventStream late = new EventStream(preview.origin())) {
        late.next(e -> e.startsWith("event: hello"));
        assertThat(late.next(e -> e.startsWith("event: errors")))
            .contains("unknown country code 'RK'");
      }

      project.write(FILE, good.replace("the defence treaty", "the treaty again"));
      events.next(e -> e.startsWith("event: reload"));
      assertThat(get(PAGE)).contains("Russia ratifies the treaty again");
    }
    assertThat(builds.get(builds.size() - 1).changed()).contains(tmp.resolve(FILE));
  }

  @Test
  void oneBurstOfSavesMakesOneRebuild() throws Exception {
    int before = builds.size();
    for (int i = 0; i < 5; i++) {
      project.write(
          "content/2024/burst-" + i + ".md",
          Files.readString(tmp.resolve(FILE)).replace("Russia ratifies the treaty", "Burst " + i));
    }
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (builds.size() == before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(500);
    assertThat(builds.size() - before).isEqualTo(1);
    assertThat(builds.get(builds.size() - 1).changed()).hasSize(5);
    assertThat(get("/briefings/2024/11/burst-4/")).contains("Burst 4");
  }

  @Test
  void followsTemplatesAndSiteSettings() throws Exception {
    try (EventStream events = new EventStream(preview.origin())) {
      events.next(e -> e.startsWith("event: hello"));
      project.write(
          "site/site.yaml", TestProject.SITE_YAML.replace("Test Briefings", "Renamed Briefings"));
      events.next(e -> e.startsWith("event: reload"));
      assertThat(get("/briefings/")).contains("Renamed Briefings");

      project.write("templates/404.ftlh", "<#import \"layout.ftlh\" as l>${nothing.here}");
      assertThat(events.next(e -> e.startsWith("event: errors")))
          .contains("data: templates/404.ftlh:1:");
      Files.delete(tmp.resolve("templates/404.ftlh"));
      events.next(e -> e.startsWith("event: reload"));
    }
  }

  private String get(String path) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(preview.origin() + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + "\n" + r.body();
  }

  /**
   * A page's event stream, read on its own thread, one event (its lines up to the blank one) at a
   * time.
   */
  private final class EventStream implements AutoCloseable {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final HttpResponse<java.io.InputStream> response;
    private final Thread reader;

    EventStream(String origin) throws Exception {
      response =
          client.send(
              HttpRequest.newBuilder(URI.create(origin + LiveScript.EVENTS)).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      reader = new Thread(this::read, "test-events");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith("retry:") || line.startsWith(":")) {
            continue;
          }
          if (!line.isEmpty()) {
            lines.add(line);
          } else if (!lines.isEmpty()) {
            events.add(String.join("\n", lines));
            lines.clear();
          }
        }
      } catch (IOException e) {
        // closed
      }
    }

    /** The next event matching, skipping others; fails after the wait. */
    String next(Predicate<String> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      List<String> skipped = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        String event = events.poll(100, TimeUnit.MILLISECONDS);
        if (event != null && wanted.test(event)) {
          return event;
        }
        if (event != null) {
          skipped.add(event);
        }
      }
      throw new AssertionError(
          "no such event within " + WAIT + "; got " + skipped + "; builds " + builds);
    }

    @Override
    public void close() throws IOException {
      response.body().close();
      reader.interrupt();
    }
  }
}
