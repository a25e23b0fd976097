package io.github.briefings.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Serves the preview output folder over HTTP under the site's base path ({@code /} redirects to
 * it): content types, {@code index.html} for folders, the site's {@code 404.html} with status 404,
 * {@code ETag}/{@code Last-Modified} with 304, HEAD and single byte ranges; and, under {@code
 * /__briefings/}, the live-reload script and its event stream. Never serves anything outside the
 * folder: see {@link RequestPath} and {@link SiteFolder}.
 */
public final class PreviewServer implements AutoCloseable {

  private static final String NOT_FOUND_FALLBACK =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>Not found</title></head><body><h1>Not found</h1>"
          + "<p>Nothing here (yet): the preview has not been built, or this page does not exist.</p></body></html>";

  private final HttpServer server;
  private final ExecutorService executor;
  private final SiteFolder folder;
  private final Supplier<String> basePath;
  private final LiveReload live;
  private final byte[] script = LiveScript.source();
  private final HostNames hosts;
  private final AtomicInteger streams = new AtomicInteger();

  /** Event streams open at once: a page holds one; more are refused (each holds a thread). */
  static final int MAX_STREAMS = 64;

  private PreviewServer(
      HttpServer server,
      ExecutorService executor,
      SiteFolder folder,
      Supplier<String> basePath,
      LiveReload live,
      HostNames hosts) {
    this.hosts = hosts;
    this.server = server;
    this.executor = executor;
    this.folder = folder;
    this.basePath = basePath;
    this.live = live;
  }

  /**
   * Binds and starts the server.
   *
   * @param host the address to listen on (loopback by default)
   * @param port the port, 0 for any free one
   * @param root the folder served
   * @param basePath the base path of the site ({@code /} or {@code /repo/}), asked on every request
   * @param live the live-reload channel
   */
  public static PreviewServer start(
      String host, int port, Path root, Supplier<String> basePath, LiveReload live)
      throws IOException {
    return start(host, port, new SiteFolder(root), basePath, live);
  }

  /** Binds and starts the server over {@code folder} (which may mount other folders). */
  public static PreviewServer start(
      String host, int port, SiteFolder folder, Supplier<String> basePath, LiveReload live)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
    AtomicInteger threads = new AtomicInteger();
    // requests are short: event streams are written by the live-reload channel's own thread
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "briefings-http-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    PreviewServer preview =
        new PreviewServer(server, executor, folder, basePath, live, new HostNames(host));
    server.createContext("/", preview::handle);
    server.start();
    return preview;
  }

  /** The address the server listens on (with the real port when 0 was asked). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * {@code http://host:port} (loopback shown as given; the wildcard address as {@code localhost}).
   */
  public String origin() {
    InetSocketAddress a = address();
    String host =
        a.getAddress().isAnyLocalAddress() ? "localhost" : a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + a.getPort();
  }

  /** The URL of the site's home page. */
  public URI url() {
    return URI.create(origin() + basePath.get());
  }

  /** Ends the event streams, stops accepting requests and ends the server's threads. */
  @Override
  public void close() {
    live.close();
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) {
    boolean streaming = false;
    try {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (!hosts.allowed(exchange.getRequestHeaders().getFirst("Host"))) {
        text(exchange, 421, "Misdirected request: open the preview at its own address\n");
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        text(exchange, 405, "Method not allowed: use GET or HEAD\n");
        return;
      }
      String raw = exchange.getRequestURI().getRawPath();
      if (raw != null && raw.startsWith(LiveScript.PREFIX)) {
        streaming = own(exchange, raw);
        return;
      }
      Optional<RequestPath> parsed = RequestPath.parse(raw);
      if (parsed.isEmpty()) {
        text(exchange, 400, "Bad request path\n");
        return;
      }
      site(exchange, parsed.get());
    } catch (IOException e) {
      // the browser went away: nothing to answer
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  /**
   * Answers a request for the preview's own files; true when it became an event stream, which the
   * live-reload channel keeps open (and closes).
   */
  private boolean own(HttpExchange exchange, String raw) throws IOException {
    if (raw.equals(LiveScript.EVENTS)) {
      Headers h = exchange.getResponseHeaders();
      h.set("Content-Type", "text/event-stream; charset=utf-8");
      h.set("Cache-Control", "no-store");
      if (isHead(exchange)) {
        exchange.sendResponseHeaders(200, -1);
        return false;
      }
      if (streams.incrementAndGet() > MAX_STREAMS) {
        streams.decrementAndGet();
        exchange.getResponseHeaders().set("Retry-After", "10");
        text(exchange, 503, "Too many open previews: close some tabs\n");
        return false;
      }
      try {
        exchange.sendResponseHeaders(200, 0);
      } catch (IOException e) {
        streams.decrementAndGet();
        throw e;
      }
      // the exchange stays open after this handler returns: the live-reload channel's one thread
      // writes every stream, and closes this one when its page goes away
      live.open(
          exchange.getResponseBody(),
          () -> {
            streams.decrementAndGet();
            exchange.close();
          });
      return true;
    } else if (raw.equals(LiveScript.SCRIPT)) {
      exchange.getResponseHeaders().set("Content-Type", ContentTypes.of("live.js"));
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      send(exchange, 200, script);
    } else {
      notFound(exchange);
    }
    return false;
  }

  private void site(HttpExchange exchange, RequestPath path) throws IOException {
    List<String> base = segments(basePath.get());
    if (!path.startsWith(base)) {
      if (path.segments().isEmpty()) {
        redirect(exchange, 302, basePath.get());
      } else {
        notFound(exchange);
      }
      return;
    }
    if (path.segments().size() == base.size() && !path.trailingSlash()) {
      redirect(exchange, 301, path.encoded(true));
      return;
    }
    Optional<Path> found = folder.find(path.after(base.size()));
    if (found.isEmpty()) {
      notFound(exchange);
      return;
    }
    Path file = found.get();
    if (Files.isDirectory(file)) {
      if (!path.trailingSlash()) {
        redirect(exchange, 301, path.encoded(true));
        return;
      }
      Optional<Path> index = folder.index(file);
      if (index.isEmpty()) {
        notFound(exchange);
        return;
      }
      file = index.get();
    } else if (path.trailingSlash() || !Files.isRegularFile(file)) {
      notFound(exchange);
      return;
    }
    file(exchange, file);
  }

  private void file(HttpExchange exchange, Path file) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    String type = ContentTypes.of(file.getFileName().toString());
    boolean html = ContentTypes.isHtml(type);
    Instant modified = attrs.lastModifiedTime().toInstant();
    String buildId = live.buildId();
    String tag = Validators.tag(attrs, modified);
    if (html) {
      tag += "-" + buildId;
      Instant built = live.builtAt();
      modified = built.isAfter(modified) ? built : modified;
    }
    String etag = "\"" + tag + "\"";
    modified = modified.truncatedTo(ChronoUnit.SECONDS);

    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("ETag", etag);
    h.set("Last-Modified", Validators.httpDate(modified));
    h.set("Cache-Control", "no-cache");
    h.set("Accept-Ranges", "bytes");
    if (Validators.notModified(exchange.getRequestHeaders(), etag, modified)) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    byte[] page = null;
    long size = attrs.size();
    if (html) {
      page = LiveScript.inject(Files.readAllBytes(file), buildId);
      size = page.length;
    }
    Optional<ByteRange> range =
        Validators.rangeAsked(exchange.getRequestHeaders(), etag, modified, size);
    if (range.isPresent() && !range.get().satisfiable()) {
      h.set("Content-Range", range.get().contentRange(size));
      h.remove("Content-Type");
      send(exchange, 416, new byte[0]);
      return;
    }
    long start = range.map(ByteRange::start).orElse(0L);
    long length = range.map(ByteRange::length).orElse(size);
    int status = 200;
    if (range.isPresent()) {
      status = 206;
      h.set("Content-Range", range.get().contentRange(size));
    }
    if (page != null) {
      send(exchange, status, Arrays.copyOfRange(page, (int) start, (int) (start + length)));
      return;
    }
    sendFile(exchange, file, status, start, length);
  }

  /** Sends {@code length} bytes of {@code file} from {@code start} (only the headers to a HEAD). */
  private static void sendFile(
      HttpExchange exchange, Path file, int status, long start, long length) throws IOException {
    if (isHead(exchange)) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = exchange.getResponseBody()) {
      in.skipNBytes(start);
      copy(in, out, length);
    }
  }

  private void notFound(HttpExchange exchange) throws IOException {
    byte[] page = NOT_FOUND_FALLBACK.getBytes(StandardCharsets.UTF_8);
    Optional<Path> custom = folder.find(List.of("404.html")).filter(Files::isRegularFile);
    if (custom.isPresent()) {
      try {
        page = Files.readAllBytes(custom.get());
      } catch (IOException e) {
        // swapped away meanwhile: the fallback will do
      }
    }
    exchange.getResponseHeaders().set("Content-Type", ContentTypes.of("404.html"));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, 404, LiveScript.inject(page, live.buildId()));
  }

  private static void redirect(HttpExchange exchange, int status, String location)
      throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    exchange
        .getResponseHeaders()
        .set("Location", query == null ? location : location + "?" + query);
    text(exchange, status, "Moved to " + location + "\n");
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", ContentTypes.of("message.txt"));
    send(exchange, status, message.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a whole body (only its length for HEAD). */
  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (isHead(exchange)) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("file shrank while being sent");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  private static boolean isHead(HttpExchange exchange) {
    return exchange.getRequestMethod().equals("HEAD");
  }

  private static List<String> segments(String basePath) {
    return RequestPath.parse(basePath).map(RequestPath::segments).orElse(List.of());
  }
}
