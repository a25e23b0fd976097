package io.github.briefings.scaffold;

import java.util.List;

/** Why {@link BriefingScaffold} wrote nothing: every reason, each with what to do. */
public final class ScaffoldRefused extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> reasons;
  private final String summary;

  public ScaffoldRefused(List<String> reasons) {
    this(reasons, reasons.size() == 1 ? reasons.get(0) : reasons.size() + " problems (see above)");
  }

  /**
   * Refused for {@code reasons}, each one line; {@code summary} says it in one line with what to
   * do.
   */
  public ScaffoldRefused(List<String> reasons, String summary) {
    super(String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
    this.summary = summary;
  }

  public List<String> reasons() {
    return reasons;
  }

  /** One line for all the reasons: the only one, or how many, or what they have in common. */
  public String summary() {
    return summary;
  }
}
