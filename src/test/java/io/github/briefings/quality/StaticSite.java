package io.github.briefings.quality;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.briefings.serve.ContentTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served over HTTP on the loopback address the way a static host (GitHub Pages) serves
 * it: under its base path, {@code index.html} for a folder, the site's {@code 404.html} with status
 * 404 for anything else; nothing added to the pages (the preview server adds its live-reload
 * script, which readers never get).
 */
final class StaticSite implements AutoCloseable {

  private final HttpServer server;
  private final Path root;
  private final String basePath;

  private StaticSite(HttpServer server, Path root, String basePath) {
    this.server = server;
    this.root = root.toAbsolutePath().normalize();
    this.basePath = basePath;
  }

  /** Serves {@code root} under {@code basePath} ({@code /} or {@code /repo/}) on a free port. */
  static StaticSite start(Path root, String basePath) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    StaticSite site = new StaticSite(server, root, basePath);
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  /** The address of a page: {@code url("en/countries/")}. */
  String url(String pagePath) {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    return "http://"
        + (host.contains(":") ? "[" + host + "]" : host)
        + ":"
        + a.getPort()
        + basePath
        + pagePath;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      Path file = null;
      if (path.startsWith(basePath)) {
        file = root.resolve(path.substring(basePath.length())).normalize();
        if (Files.isDirectory(file)) {
          file = path.endsWith("/") ? file.resolve("index.html") : null;
        }
      }
      if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
        send(exchange, 404, root.resolve("404.html"));
      } else {
        send(exchange, 200, file);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, Path file) throws IOException {
    byte[] body = Files.readAllBytes(file);
    exchange
        .getResponseHeaders()
        .set("Content-Type", ContentTypes.of(file.getFileName().toString()));
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
