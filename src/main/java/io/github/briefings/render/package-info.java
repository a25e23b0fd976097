/**
 * Rendering pages: the Freemarker theme (built-in templates overridable by name), UI strings per
 * language, and the models each template receives: records of {@link
 * io.github.briefings.render.view}, made by one class per kind of page ({@link
 * io.github.briefings.render.PageModels} puts them together).
 */
package io.github.briefings.render;
