/**
 * New briefing files for {@code briefing:new}: complete front matter from a title, countries and
 * topics checked against the taxonomy, the author from the command line or git's configuration.
 */
package io.github.briefings.scaffold;
