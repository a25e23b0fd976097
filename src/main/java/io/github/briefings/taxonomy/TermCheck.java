package io.github.briefings.taxonomy;

import io.github.briefings.content.Briefing;
import io.github.briefings.content.Located;
import io.github.briefings.problems.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks that a briefing's countries are known and its topics declared, reporting each at its line.
 */
public final class TermCheck {

  private final Countries countries;
  private final Topics topics;

  public TermCheck(Countries countries, Topics topics) {
    this.countries = countries;
    this.topics = topics;
  }

  /**
   * Reports every unknown country, undeclared topic and repeated term; returns whether all are
   * valid.
   */
  public boolean check(Briefing briefing, Problems problems) {
    boolean countriesOk =
        check(
            briefing.path(),
            briefing.countries(),
            "country",
            countries::isKnown,
            countries::unknownMessage,
            problems);
    boolean topicsOk =
        check(
            briefing.path(),
            briefing.topics(),
            "topic",
            topics::isDeclared,
            topics::undeclaredMessage,
            problems);
    return countriesOk && topicsOk;
  }

  private static boolean check(
      String path,
      List<Located<String>> terms,
      String kind,
      Predicate<String> valid,
      Function<String, String> message,
      Problems problems) {
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    for (Located<String> term : terms) {
      if (!valid.test(term.value())) {
        problems.error(path, term.line(), term.column(), message.apply(term.value()));
        ok = false;
      } else if (!seen.add(term.value())) {
        problems.warning(
            path, term.line(), term.column(), kind + " " + term.value() + " is listed twice");
      }
    }
    return ok;
  }
}
