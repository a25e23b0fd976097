/**
 * Markdown bodies to clean HTML with Flexmark: CommonMark, tables, attributes (inline photo
 * credits), typographic quotes, photos as figures, and raw HTML cleaned with a safelist.
 */
package io.github.briefings.markdown;
