package io.github.briefings.content;

import java.time.ZonedDateTime;

/**
 * A correction shown at the foot of a briefing.
 *
 * @param date when it was made
 * @param text what was corrected
 */
public record Correction(ZonedDateTime date, String text) {}
