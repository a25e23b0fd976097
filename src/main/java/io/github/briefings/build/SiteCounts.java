package io.github.briefings.build;

import io.github.briefings.schedule.Schedule;

/**
 * What a built site holds, counted: what a build reports, and what the build cache remembers of it.
 *
 * @param briefings briefings published
 * @param schedule the briefings held back (drafts, embargoed, expired) and the next change the
 *     clock brings
 * @param pages pages the site has
 * @param feeds Atom feeds the site has
 * @param files other files the site has (photos' resized copies, static files, site maps)
 * @param photos photos published (each original once)
 */
public record SiteCounts(
    int briefings, Schedule schedule, int pages, int feeds, int files, int photos) {

  private static final SiteCounts NONE = new SiteCounts(0, Schedule.NONE, 0, 0, 0, 0);

  /** Nothing: what a build that failed reports. */
  public static SiteCounts none() {
    return NONE;
  }

  /** Briefings held back, for any reason. */
  public int held() {
    return schedule.held();
  }
}
