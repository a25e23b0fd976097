package io.github.briefings.schedule;

import java.time.ZonedDateTime;
import java.util.Comparator;

/**
 * A briefing a build held back, and why.
 *
 * @param file the briefing, relative to the project
 * @param hold why: a draft, embargoed or expired
 * @param at for an embargoed briefing its date (when it goes live), for an expired one its expiry;
 *     null for a draft
 */
public record HeldBriefing(String file, Hold hold, ZonedDateTime at) {

  /** By file. */
  static final Comparator<HeldBriefing> BY_FILE = Comparator.comparing(HeldBriefing::file);

  public HeldBriefing {
    if (hold == Hold.NONE) {
      throw new IllegalArgumentException("a published briefing is not held back");
    }
  }

  /** For the log: {@code content/2024/x.md: embargoed until 2024-11-07T06:00+01:00}. */
  public String describe() {
    return file
        + ": "
        + switch (hold) {
          case DRAFT -> "draft";
          case EMBARGOED -> "embargoed until " + NextChange.forLog(at);
          case EXPIRED -> "expired on " + NextChange.forLog(at);
          case NONE -> throw new IllegalStateException();
        };
  }
}
