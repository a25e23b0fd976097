/**
 * The typography of the text readers see, one step for bodies and every field ({@code Typography}):
 * smart quotes, apostrophes, dashes and ellipses, French spacing on French text, and the marks of
 * other scripts (Arabic, Hebrew, Korean, Chinese, Japanese, Cyrillic…) left as written.
 */
package io.github.briefings.typography;
