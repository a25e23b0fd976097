/**
 * The content model (site settings, briefings, photos) and its loading from files: front matter,
 * YAML with line numbers, validation into immutable records, and every problem found on the way.
 */
package io.github.briefings.content;
