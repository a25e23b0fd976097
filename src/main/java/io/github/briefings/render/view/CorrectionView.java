package io.github.briefings.render.view;

/**
 * A correction of a briefing.
 *
 * @param date when it was made
 * @param text what it says
 */
public record CorrectionView(DateView date, String text) {}
