/**
 * Rendering pages: the Freemarker theme (built-in templates overridable by name), UI strings per
 * language, and the plain-data models each template receives.
 */
package io.github.briefings.render;
