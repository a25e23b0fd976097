package io.github.briefings.schedule;

import io.github.briefings.content.Briefing;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What a build publishes, by its clock: drafts only when asked, briefings dated after the clock
 * (embargoed) only when asked, and never a briefing whose {@code expires:} time has come.
 *
 * @param drafts whether drafts are published
 * @param future whether briefings dated after {@code now} are published
 * @param now the build's clock
 */
public record PublishingRules(boolean drafts, boolean future, Instant now) {

  /** Why {@code b} is held back, or {@link Hold#NONE}. */
  public Hold hold(Briefing b) {
    if (b.draft() && !drafts) {
      return Hold.DRAFT;
    }
    if (b.expires() != null && !now.isBefore(b.expires().toInstant())) {
      return Hold.EXPIRED;
    }
    if (!future && b.date().toInstant().isAfter(now)) {
      return Hold.EMBARGOED;
    }
    return Hold.NONE;
  }

  /**
   * The next time after the clock at which the clock alone changes whether {@code b} is published:
   * its embargo lifts, or it expires. Empty for a held draft, or when neither lies ahead.
   */
  public Optional<NextChange> next(Briefing b) {
    Hold hold = hold(b);
    if (hold == Hold.DRAFT || hold == Hold.EXPIRED) {
      return Optional.empty();
    }
    if (hold == Hold.EMBARGOED) {
      return Optional.of(new NextChange(b.path(), b.date(), NextChange.Event.GOES_LIVE));
    }
    ZonedDateTime expires = b.expires();
    if (expires != null && expires.toInstant().isAfter(now)) {
      return Optional.of(new NextChange(b.path(), expires, NextChange.Event.EXPIRES));
    }
    return Optional.empty();
  }
}
