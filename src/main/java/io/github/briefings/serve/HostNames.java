package io.github.briefings.serve;

import java.util.Locale;

/**
 * Which {@code Host} headers the preview answers: an IP address, {@code localhost} (and its
 * sub-domains) or the host it was started on. A page on another site whose name an attacker points
 * at 127.0.0.1 (DNS rebinding) sends its own name, and gets 421 instead of the drafts.
 */
final class HostNames {

  private final String configured;

  /**
   * @param configured the host the preview listens on, as given
   */
  HostNames(String configured) {
    this.configured = name(configured);
  }

  /** Whether a request with this {@code Host} header is answered. */
  boolean allowed(String header) {
    if (header == null || header.isBlank()) {
      return false;
    }
    String host = name(withoutPort(header.strip()));
    return host.equals(configured)
        || host.equals("localhost")
        || host.endsWith(".localhost")
        || isIpLiteral(host);
  }

  private static String withoutPort(String header) {
    if (header.startsWith("[")) {
      int close = header.indexOf(']');
      return close < 0 ? header : header.substring(0, close + 1);
    }
    int colon = header.lastIndexOf(':');
    return colon < 0 ? header : header.substring(0, colon);
  }

  private static String name(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /** An IPv4 address in dotted form or an IPv6 address in brackets: no name to rebind. */
  private static boolean isIpLiteral(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      return host.chars()
          .skip(1)
          .limit(host.length() - 2L)
          .allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty()
          || p.length() > 3
          || !p.chars().allMatch(Character::isDigit)
          || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
