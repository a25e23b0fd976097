/**
 * Photos: finding a named photo on disk safely, reading its size, and filling its alt text, caption
 * and credit from the briefing, then its sidecar file, then its embedded IPTC/XMP metadata; and
 * writing its resized copies for {@code srcset}, cached between builds.
 */
package io.github.briefings.photos;
