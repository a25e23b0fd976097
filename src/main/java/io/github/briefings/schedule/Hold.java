package io.github.briefings.schedule;

/** Whether a build publishes a briefing, and if not, why. */
public enum Hold {
  /** Published. */
  NONE,
  /** {@code draft: true}, and the build does not publish drafts. */
  DRAFT,
  /**
   * Dated after the build's clock (an embargo), and the build does not publish future briefings.
   */
  EMBARGOED,
  /** Its {@code expires:} time has passed. */
  EXPIRED
}
