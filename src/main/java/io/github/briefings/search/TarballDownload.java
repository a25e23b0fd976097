package io.github.briefings.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads one file over HTTPS into a given file: redirects are followed only to {@code https}
 * URLs (and at most a few), the body may not be larger than a cap, and slow connections time out. A
 * plain {@code http} URL is accepted only for the first request to a loopback address (the tests'
 * local registry).
 */
final class TarballDownload {

  private static final int MAX_REDIRECTS = 5;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private final HttpClient client;
  private final long maxBytes;

  TarballDownload(ProxySelector proxy, long maxBytes) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (proxy != null) {
      builder.proxy(proxy);
    }
    this.client = builder.build();
    this.maxBytes = maxBytes;
  }

  /** Downloads {@code url} into {@code target} (replaced), following https redirects. */
  void fetch(URI url, Path target) throws IOException {
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!allowed(current, hop == 0)) {
        throw new IOException("refused to download from " + current + ": only https is used");
      }
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        response.body().close();
        String location =
            response
                .headers()
                .firstValue("location")
                .orElseThrow(() -> new IOException("a redirect without a location"));
        current = current.resolve(location);
        continue;
      }
      try (InputStream body = response.body()) {
        if (status != 200) {
          throw new IOException("the registry answered HTTP " + status + " for " + current);
        }
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > maxBytes) {
          throw new IOException("the file is " + declared + " bytes, more than expected");
        }
        copyCapped(body, target);
      }
      return;
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
  }

  private HttpResponse<InputStream> send(URI url) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/octet-stream")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    }
  }

  private void copyCapped(InputStream in, Path target) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw new IOException("the file is larger than the " + maxBytes + " bytes expected");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  /** https anywhere; http only to a loopback host, and not after a redirect. */
  private static boolean allowed(URI url, boolean first) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return true;
    }
    String host = url.getHost() == null ? "" : url.getHost();
    return first
        && scheme.equals("http")
        && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
  }
}
