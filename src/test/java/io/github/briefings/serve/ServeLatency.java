package io.github.briefings.serve;

import io.github.briefings.content.Briefing;
import io.github.briefings.content.BriefingLoader;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.problems.Problems;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): time from saving one briefing to the preview answering its new page, as a
 * browser tab sees it: the file is written, the page's event stream says "reload", the page is
 * fetched and holds the new title. Run by {@code bench/serve-latency.sh}.
 *
 * <p>Usage: {@code ServeLatency PROJECT_DIR [EDITS] [WARMUP] [FILE]}: edits {@code FILE} (default:
 * the first briefing) of the project in place and puts it back as it was at the end. Between one
 * edit's page and the next edit it waits 250 ms, or {@code -Dpause=MILLIS} (a writer saves every
 * few seconds at most; what the preview does between edits then shows).
 */
public final class ServeLatency {

  private static final long PAUSE_MILLIS = Long.getLong("pause", 250);

  private ServeLatency() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]).toAbsolutePath().normalize();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Path file = args.length > 3 ? project.resolve(args[3]) : firstBriefing(project);
    SiteConfig site = SiteConfigLoader.load(project, null, new Problems()).orElseThrow();
    Briefing briefing = new BriefingLoader(project, site).load(file, new Problems()).orElseThrow();
    String original = Files.readString(file, StandardCharsets.UTF_8);
    String titleLine =
        original.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();

    BlockingQueue<Long> rebuildMillis = new LinkedBlockingQueue<>();
    ServeOptions options = ServeOptions.defaults(project).withAddress("127.0.0.1", 0);
    long startAt = System.nanoTime();
    boolean phases = Boolean.getBoolean("phases");
    try (Preview preview =
        Preview.start(
            options,
            r -> {
              if (phases) {
                System.out.println(
                    "  rebuild "
                        + r.result().millis()
                        + " ms: "
                        + r.result().phases().stream()
                            .map(p -> p.name() + " " + p.millis())
                            .collect(java.util.stream.Collectors.joining(", ")));
              }
              rebuildMillis.add(r.result().millis());
            })) {
      System.out.printf(
          "%s: first build %d ms (%d briefings, %d pages), server up after %d ms%n",
          project,
          preview.firstBuild().millis(),
          preview.firstBuild().briefings(),
          preview.firstBuild().pages(),
          (System.nanoTime() - startAt) / 1_000_000);
      rebuildMillis.clear();
      String page = preview.origin() + site.basePath() + briefing.sitePath(site);
      HttpClient client = HttpClient.newHttpClient();
      BlockingQueue<String> events = new LinkedBlockingQueue<>();
      HttpResponse<java.io.InputStream> stream =
          client.send(
              HttpRequest.newBuilder(URI.create(preview.origin() + LiveScript.EVENTS)).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event: ")) {
                      events.add(line.substring(7));
                    }
                  }
                } catch (java.io.IOException e) {
                  // closed
                }
              });
      reader.setDaemon(true);
      reader.start();
      events.poll(10, TimeUnit.SECONDS); // hello

      List<Double> measured = new ArrayList<>();
      List<Long> builds = new ArrayList<>();
      try {
        for (int i = 1; i <= warmup + edits; i++) {
          String marker = "edit " + i + " " + System.nanoTime();
          String text =
              original.replace(titleLine, titleLine.replaceFirst("\"\\s*$", " " + marker + "\""));
          events.clear();
          long t0 = System.nanoTime();
          Files.writeString(file, text, StandardCharsets.UTF_8);
          String event = events.poll(120, TimeUnit.SECONDS);
          if (!"reload".equals(event)) {
            throw new IllegalStateException("expected a reload, got " + event);
          }
          HttpResponse<String> r =
              client.send(
                  HttpRequest.newBuilder(URI.create(page)).build(),
                  HttpResponse.BodyHandlers.ofString());
          long t1 = System.nanoTime();
          if (!r.body().contains(marker)) {
            throw new IllegalStateException("the page does not show the edit " + i);
          }
          Long built = rebuildMillis.poll(10, TimeUnit.SECONDS);
          if (i > warmup) {
            measured.add((t1 - t0) / 1e6);
            builds.add(built == null ? -1 : built);
          } else {
            System.out.printf("warm-up edit %d: %.0f ms%n", i, (t1 - t0) / 1e6);
          }
          Thread.sleep(PAUSE_MILLIS);
        }
      } finally {
        Files.writeString(file, original, StandardCharsets.UTF_8);
        stream.body().close();
      }
      List<Double> sorted = measured.stream().sorted().toList();
      System.out.printf(
          "save -> new page served, %d edits: median %.0f ms, min %.0f, p90 %.0f, max %.0f%n",
          sorted.size(),
          median(sorted),
          sorted.get(0),
          sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
          sorted.get(sorted.size() - 1));
      System.out.printf(
          "  of which the rebuild (engine) took: median %.0f ms%n",
          median(builds.stream().map(Long::doubleValue).sorted().toList()));
      System.out.println("  all: " + measured.stream().map(d -> String.format("%.0f", d)).toList());
      Thread.sleep(300);
    }
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Path firstBriefing(Path project) throws java.io.IOException {
    try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
  }
}
