/**
 * Publishing on time: which briefings a build holds back (drafts, embargoed, expired) and when the
 * clock alone next changes the site (an embargo lifts, a briefing expires).
 */
package io.github.briefings.schedule;
