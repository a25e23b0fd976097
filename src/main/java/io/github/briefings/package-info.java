/**
 * Briefings, a static site generator for news briefings: {@link io.github.briefings.Briefings} is
 * the engine's facade (build) and {@link io.github.briefings.SitePublisher} builds, checks and
 * publishes; the Maven goals and the preview call them, and nothing else in the engine does.
 */
package io.github.briefings;
