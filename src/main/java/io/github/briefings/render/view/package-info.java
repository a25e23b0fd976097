/**
 * The typed views templates receive: one record per page template ({@link
 * io.github.briefings.render.view.PageModel} and the records implementing it) and the records they
 * hold. FreeMarker reads a record's components as {@code page.title}; a null component is missing
 * ({@code ??} is false). {@code docs/template-model.md} documents every component, and a unit test
 * checks it against these records.
 */
package io.github.briefings.render.view;
