package io.github.briefings.schedule;

import io.github.briefings.content.Briefing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build held back, by reason, and the next time the clock alone changes its site.
 *
 * @param drafts drafts held back
 * @param embargoed briefings dated after the clock, held back
 * @param expired briefings past their {@code expires:} time, held back
 * @param next the earliest embargo to lift or expiry to come, or null
 * @param listed the first {@value #LISTED} briefings held back, by file (the log names them)
 */
public record Schedule(
    int drafts, int embargoed, int expired, NextChange next, List<HeldBriefing> listed) {

  /** How many held-back briefings a schedule names; the others are counted. */
  public static final int LISTED = 20;

  /** Nothing held back, nothing due. */
  public static final Schedule NONE = new Schedule(0, 0, 0, null, List.of());

  public Schedule {
    if (drafts < 0 || embargoed < 0 || expired < 0) {
      throw new IllegalArgumentException("negative count");
    }
    listed = List.copyOf(listed);
    if (listed.size() > Math.min(LISTED, drafts + embargoed + expired)) {
      throw new IllegalArgumentException("more briefings listed than held back");
    }
  }

  /** The schedule of {@code briefings} under {@code rules}. */
  public static Schedule of(Collection<Briefing> briefings, PublishingRules rules) {
    Map<Hold, Integer> held = new EnumMap<>(Hold.class);
    List<HeldBriefing> all = new ArrayList<>();
    NextChange next = null;
    for (Briefing b : briefings) {
      Hold hold = rules.hold(b);
      held.merge(hold, 1, Integer::sum);
      if (hold != Hold.NONE) {
        all.add(
            new HeldBriefing(
                b.path(),
                hold,
                hold == Hold.EXPIRED ? b.expires() : hold == Hold.EMBARGOED ? b.date() : null));
      }
      Optional<NextChange> change = rules.next(b);
      if (change.isPresent()
          && (next == null || NextChange.EARLIEST.compare(change.get(), next) < 0)) {
        next = change.get();
      }
    }
    all.sort(HeldBriefing.BY_FILE);
    return new Schedule(
        held.getOrDefault(Hold.DRAFT, 0),
        held.getOrDefault(Hold.EMBARGOED, 0),
        held.getOrDefault(Hold.EXPIRED, 0),
        next,
        all.subList(0, Math.min(LISTED, all.size())));
  }

  /** Briefings held back, for any reason. */
  public int held() {
    return drafts + embargoed + expired;
  }

  /** The next change, if any. */
  public Optional<NextChange> nextChange() {
    return Optional.ofNullable(next);
  }

  /** How many held-back briefings {@link #listed} leaves out. */
  public int unlisted() {
    return held() - listed.size();
  }

  /** For the log: {@code 3 held back: 1 draft, 1 embargoed, 1 expired}, or {@code 0 held back}. */
  public String describeHeld() {
    StringBuilder out = new StringBuilder().append(held()).append(" held back");
    String sep = ": ";
    if (drafts > 0) {
      out.append(sep).append(drafts).append(drafts == 1 ? " draft" : " drafts");
      sep = ", ";
    }
    if (embargoed > 0) {
      out.append(sep).append(embargoed).append(" embargoed");
      sep = ", ";
    }
    if (expired > 0) {
      out.append(sep).append(expired).append(" expired");
    }
    return out.toString();
  }
}
