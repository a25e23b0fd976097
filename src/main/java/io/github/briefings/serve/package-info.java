/**
 * The preview of {@code briefing:serve}: an HTTP server over the preview output folder, a watcher
 * of {@code content/}, {@code templates/} and {@code site/} that rebuilds after each burst of
 * saves, and live reload (server-sent events and a script the server adds to HTML responses, never
 * to the files).
 */
package io.github.briefings.serve;
