package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server over a real folder, through real HTTP: a client, and raw sockets for hostile
 * paths.
 */
class PreviewServerTest {

  private static final String SECRET = "TOP SECRET, outside the site";

  @TempDir Path tmp;

  private Path root;
  private LiveReload live;
  private PreviewServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeEach
  void start() throws IOException {
    root = tmp.resolve("site");
    write(
        "index.html",
        "<!doctype html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>");
    write("2024/11/x/index.html", "<!doctype html><html><body><h1>X</h1></body></html>");
    write("404.html", "<!doctype html><html><body><h1>Lost page</h1></body></html>");
    write("style.css", "body { color: #222 }");
    write("app.js", "console.log(1)");
    write("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    write("feed.xml", "<feed/>");
    write("data.json", "{}");
    write("robots.txt", "User-agent: *");
    write("empty.txt", "");
    write("CNAME", "example.org");
    for (String name : new String[] {"p.png", "j.jpg", "w.webp", "g.gif", "favicon.ico"}) {
      byte[] bytes = new byte[100];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) i;
      }
      Files.createDirectories(root);
      Files.write(root.resolve(name), bytes);
    }
    Files.writeString(tmp.resolve("secret.txt"), SECRET);
    Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(tmp.resolve("outside/secret.txt"), SECRET);
    Files.createSymbolicLink(root.resolve("link-out.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("dir-out"), tmp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("link-in.css"), root.resolve("style.css"));
    live = new LiveReload(Duration.ofSeconds(15));
    server = PreviewServer.start("127.0.0.1", 0, root, () -> "/briefings/", live);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesEachKindOfFileWithItsContentType() throws Exception {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("/briefings/", "text/html; charset=utf-8"),
            Map.entry("/briefings/style.css", "text/css; charset=utf-8"),
            Map.entry("/briefings/app.js", "text/javascript; charset=utf-8"),
            Map.entry("/briefings/favicon.svg", "image/svg+xml"),
            Map.entry("/briefings/p.png", "image/png"),
            Map.entry("/briefings/j.jpg", "image/jpeg"),
            Map.entry("/briefings/w.webp", "image/webp"),
            Map.entry("/briefings/g.gif", "image/gif"),
            Map.entry("/briefings/favicon.ico", "image/x-icon"),
            Map.entry("/briefings/feed.xml", "application/xml; charset=utf-8"),
            Map.entry("/briefings/data.json", "application/json"),
            Map.entry("/briefings/robots.txt", "text/plain; charset=utf-8"),
            Map.entry("/briefings/CNAME", "application/octet-stream"),
            Map.entry("/__briefings/live.js", "text/javascript; charset=utf-8"));
    for (Map.Entry<String, String> e : expected.entrySet()) {
      HttpResponse<byte[]> r = get(e.getKey());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).as(e.getKey()).hasValue(e.getValue());
    }
    assertThat(get("/briefings/p.png").body()).isEqualTo(Files.readAllBytes(root.resolve("p.png")));
    assertThat(get("/briefings/link-in.css").body())
        .isEqualTo(Files.readAllBytes(root.resolve("style.css")));
    HttpResponse<byte[]> empty = get("/briefings/empty.txt");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
  }

  @Test
  void addsTheLiveReloadScriptToHtmlAnswersButNeverToTheFiles() throws Exception {
    String page = text(get("/briefings/2024/11/x/"));
    assertThat(page)
        .contains(
            "<h1>X</h1><script src=\"/__briefings/live.js\" data-build=\""
                + live.buildId()
                + "\"></script></body>");
    assertThat(Files.readString(root.resolve("2024/11/x/index.html"))).doesNotContain("script");
    assertThat(text(get("/briefings/style.css"))).doesNotContain("script");
  }

  @Test
  void redirectsToTheBasePathAndAddsTheSlashOfFolders() throws Exception {
    HttpResponse<byte[]> home = get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location")).hasValue("/briefings/");
    HttpResponse<byte[]> base = get("/briefings");
    assertThat(base.statusCode()).isEqualTo(301);
    assertThat(base.headers().firstValue("Location")).hasValue("/briefings/");
    HttpResponse<byte[]> folder = get("/briefings/2024/11/x?from=feed");
    assertThat(folder.statusCode()).isEqualTo(301);
    assertThat(folder.headers().firstValue("Location")).hasValue("/briefings/2024/11/x/?from=feed");
    assertThat(text(get("/briefings/2024/11/x/index.html"))).contains("<h1>X</h1>");
  }

  @Test
  void answersTheSitesNotFoundPageWithStatus404() throws Exception {
    for (String path :
        new String[] {
          "/briefings/nowhere/",
          "/briefings/style.css/",
          "/elsewhere/page",
          "/briefings/2024/",
          "/__briefings/other"
        }) {
      HttpResponse<byte[]> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(text(r)).as(path).contains("<h1>Lost page</h1>").contains("/__briefings/live.js");
    }
    Files.delete(root.resolve("404.html"));
    HttpResponse<byte[]> fallback = get("/briefings/nowhere/");
    assertThat(fallback.statusCode()).isEqualTo(404);
    assertThat(text(fallback)).contains("Not found").contains("/__briefings/live.js");
  }

  @Test
  void answers304WhenTheBrowsersCopyIsCurrent() throws Exception {
    HttpResponse<byte[]> first = get("/briefings/style.css");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String modified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

    HttpResponse<byte[]> byTag =
        send(request("/briefings/style.css").header("If-None-Match", etag));
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
    HttpResponse<byte[]> byDate =
        send(request("/briefings/style.css").header("If-Modified-Since", modified));
    assertThat(byDate.statusCode()).isEqualTo(304);
    HttpResponse<byte[]> otherTag =
        send(request("/briefings/style.css").header("If-None-Match", "\"other\""));
    assertThat(otherTag.statusCode()).isEqualTo(200);

    // a changed file has another tag; an HTML page's tag changes with the build it is served with
    Files.writeString(root.resolve("style.css"), "body { color: #000; background: #fff }");
    HttpResponse<byte[]> changed =
        send(request("/briefings/style.css").header("If-None-Match", etag));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    String pageTag = get("/briefings/").headers().firstValue("ETag").orElseThrow();
    assertThat(send(request("/briefings/").header("If-None-Match", pageTag)).statusCode())
        .isEqualTo(304);
    live.succeeded();
    assertThat(send(request("/briefings/").header("If-None-Match", pageTag)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void answersHeadWithTheHeadersOnly() throws Exception {
    HttpResponse<byte[]> head =
        send(request("/briefings/p.png").method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length")).hasValue("100");
    assertThat(head.headers().firstValue("Content-Type")).hasValue("image/png");
    HttpResponse<byte[]> page =
        send(request("/briefings/").method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(page.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(get("/briefings/").body().length));
  }

  @Test
  void answersByteRangesWith206() throws Exception {
    byte[] all = Files.readAllBytes(root.resolve("j.jpg"));
    HttpResponse<byte[]> part = send(request("/briefings/j.jpg").header("Range", "bytes=10-19"));
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/100");
    assertThat(part.headers().firstValue("Content-Length")).hasValue("10");
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(all, 10, 20));
    HttpResponse<byte[]> tail = send(request("/briefings/j.jpg").header("Range", "bytes=-5"));
    assertThat(tail.statusCode()).isEqualTo(206);
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(all, 95, 100));
    HttpResponse<byte[]> open = send(request("/briefings/j.jpg").header("Range", "bytes=90-"));
    assertThat(open.headers().firstValue("Content-Range")).hasValue("bytes 90-99/100");
    HttpResponse<byte[]> past = send(request("/briefings/j.jpg").header("Range", "bytes=100-"));
    assertThat(past.statusCode()).isEqualTo(416);
    assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */100");
    HttpResponse<byte[]> stale =
        send(
            request("/briefings/j.jpg")
                .header("Range", "bytes=0-1")
                .header("If-Range", "\"an-old-version\""));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).hasSize(100);
    HttpResponse<byte[]> several =
        send(request("/briefings/j.jpg").header("Range", "bytes=0-1,5-6"));
    assertThat(several.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesOtherMethods() throws Exception {
    HttpResponse<byte[]> post =
        send(request("/briefings/").POST(HttpRequest.BodyPublishers.ofString("x")));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../../etc/passwd",
        "/briefings/../../etc/passwd",
        "/briefings/../secret.txt",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/briefings/%2e%2e/secret.txt",
        "/briefings/%2E%2E/%2E%2E/etc/passwd",
        "/briefings/.%2e/secret.txt",
        "/..%2f..%2fetc/passwd",
        "/briefings/..%2fsecret.txt",
        "/briefings/..%2Fsecret.txt",
        "/briefings/..%5csecret.txt",
        "/briefings/..%5C..%5Cetc%5Cpasswd",
        "/briefings/..\\secret.txt",
        "/briefings/%252e%252e/secret.txt",
        "/briefings/secret.txt%00.html",
        "/briefings/%00",
        "/briefings/%c0%ae%c0%ae/secret.txt",
        "/briefings/link-out.txt",
        "/briefings/dir-out/secret.txt",
        "/briefings/dir-out/",
        "/briefings//../secret.txt",
        "../secret.txt",
        "http://127.0.0.1/briefings/../../etc/passwd",
        "/briefings/%",
        "/briefings/%zz"
      })
  void neverServesAFileOutsideTheFolder(String rawPath) throws IOException {
    String response =
        raw("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    String status = response.lines().findFirst().orElse("");
    assertThat(status).as(rawPath).matches("HTTP/1\\.1 (400|404) .*");
    assertThat(response).as(rawPath).doesNotContain(SECRET).doesNotContain("root:x:0:0");
  }

  @Test
  void streamsLiveReloadEvents() throws Exception {
    HttpResponse<InputStream> events =
        client.send(request(LiveScript.EVENTS).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(events.headers().firstValue("Content-Type"))
        .hasValue("text/event-stream; charset=utf-8");
    try (InputStream in = events.body()) {
      assertThat(readUntil(in, "\n\n")).contains("event: hello\ndata: " + live.buildId() + "\n");
      live.failed(java.util.List.of("content/a.md:3:7: error: <b>bad</b>"));
      assertThat(readUntil(in, "\n\n"))
          .isEqualTo("event: errors\ndata: content/a.md:3:7: error: <b>bad</b>\n\n");
      live.succeeded();
      assertThat(readUntil(in, "\n\n"))
          .isEqualTo("event: reload\ndata: " + live.buildId() + "\n\n");
    }
  }

  private static String readUntil(InputStream in, String end) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (!out.toString(StandardCharsets.UTF_8).endsWith(end)) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      out.write(b);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return text.startsWith("retry:") ? text.substring(text.indexOf('\n') + 1) : text;
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.origin() + path))
        .timeout(Duration.ofSeconds(10));
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return send(request(path));
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil"})
  void aPageOnAnotherSiteCannotReadThePreviewThroughItsOwnName(String host) throws IOException {
    String answer =
        raw("GET /briefings/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 421 ").doesNotContain("<h1>Home</h1>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "localhost:4000",
        "LOCALHOST.",
        "app.localhost",
        "[::1]:80",
        "10.0.0.5"
      })
  void loopbackNamesAndAddressesAreServed(String host) throws IOException {
    String answer =
        raw("GET /briefings/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 200 ").contains("<h1>Home</h1>");
  }

  @Test
  void eventStreamsAreCapped() throws Exception {
    InetSocketAddress address = server.address();
    java.util.List<Socket> open = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < PreviewServer.MAX_STREAMS; i++) {
        Socket s = new Socket(address.getAddress(), address.getPort());
        s.setSoTimeout(10_000);
        s.getOutputStream()
            .write(
                ("GET " + LiveScript.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        byte[] head = new byte[12];
        assertThat(s.getInputStream().readNBytes(head, 0, 12)).isEqualTo(12);
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 200");
        open.add(s);
      }
      String refused =
          raw(
              "GET "
                  + LiveScript.EVENTS
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(refused).startsWith("HTTP/1.1 503 ").containsIgnoringCase("Retry-After: 10");

      // the open streams hold no thread each, and every one of them hears the next build
      long serverThreads =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().startsWith("briefings-http-"))
              .count();
      assertThat(serverThreads).isLessThan(PreviewServer.MAX_STREAMS / 4);
      // a stream's head is on the wire before the channel's thread has taken it in: wait for all
      // of them (a page taken in after a build gets that build's id in its greeting instead)
      for (int i = 0; i < 200 && live.listeners() < PreviewServer.MAX_STREAMS; i++) {
        Thread.sleep(50);
      }
      assertThat(live.listeners()).isEqualTo(PreviewServer.MAX_STREAMS);
      live.succeeded();
      for (Socket s : open) {
        assertThat(readUntil(s, "event: reload")).contains("data: " + live.buildId());
      }
      // a page closed is noticed at a following write (here, the next builds'), and its place freed
      open.remove(0).close();
      String another = refused;
      for (int i = 0; i < 50 && another.startsWith("HTTP/1.1 503 "); i++) {
        live.succeeded();
        Thread.sleep(100);
        Socket s = new Socket(address.getAddress(), address.getPort());
        open.add(s);
        s.setSoTimeout(10_000);
        s.getOutputStream()
            .write(
                ("GET " + LiveScript.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        another = new String(s.getInputStream().readNBytes(13), StandardCharsets.ISO_8859_1);
      }
      assertThat(another).as("a closed page's place is freed").startsWith("HTTP/1.1 200 ");
    } finally {
      for (Socket s : open) {
        s.close();
      }
    }
  }

  /** What {@code socket} sends until {@code marker} and the end of its event, included. */
  private static String readUntil(Socket socket, String marker) throws IOException {
    StringBuilder seen = new StringBuilder();
    java.io.InputStream in = socket.getInputStream();
    while (seen.indexOf(marker) < 0 || !seen.toString().endsWith("\n\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      seen.append((char) b);
    }
    return seen.toString();
  }

  /** Sends a request as written, byte for byte, and reads the whole answer. */
  private String raw(String request) throws IOException {
    InetSocketAddress address = server.address();
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
