/**
 * Writing the site: pages, photos and static files into a fresh folder that replaces the previous
 * output only when the whole build succeeded.
 */
package io.github.briefings.output;
