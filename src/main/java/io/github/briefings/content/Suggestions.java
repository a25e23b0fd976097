package io.github.briefings.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the nearest names to a mistyped one, for "did you mean …?" hints. */
public final class Suggestions {

  private Suggestions() {}

  /** The nearest candidate within {@code maxDistance} edits, if any. */
  public static Optional<String> nearest(
      String typed, Collection<String> candidates, int maxDistance) {
    List<String> all = nearestAll(typed, candidates, maxDistance, 1);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Up to {@code limit} candidates that share the smallest distance found (≤ maxDistance), by name.
   */
  public static List<String> nearestAll(
      String typed, Collection<String> candidates, int maxDistance, int limit) {
    String a = fold(typed);
    record Scored(String name, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      double d = distance(a, fold(candidate));
      if (d <= maxDistance) {
        scored.add(new Scored(candidate, d));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(Scored::name));
    List<String> out = new ArrayList<>();
    for (Scored s : scored) {
      if (out.size() == limit || s.score() > scored.get(0).score()) {
        break;
      }
      out.add(s.name());
    }
    return out;
  }

  /**
   * Optimal-string-alignment distance where a swap of two neighbours costs 0.5, so that a
   * transposed code ({@code RK}) is nearer to {@code KR} than any one-letter change.
   */
  public static double distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        double best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)
            && a.charAt(i - 1) != a.charAt(i - 2)) {
          best = Math.min(best, d[i - 2][j - 2] + 0.5);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }

  /** Lower case without accents, for comparing names. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
