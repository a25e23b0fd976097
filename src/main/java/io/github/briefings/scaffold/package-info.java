/**
 * Files written for the user: a newsroom's whole starter repository for {@code briefing:init}
 * (settings, a credited draft, a publishing workflow), and new briefing files for {@code
 * briefing:new} (complete front matter from a title, countries and topics checked against the
 * taxonomy, the author from the command line or git's configuration). Neither ever overwrites a
 * file.
 */
package io.github.briefings.scaffold;
