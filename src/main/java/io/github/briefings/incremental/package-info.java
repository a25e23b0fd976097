/**
 * The build cache: what builds keep to do only the work their changes need. {@link
 * io.github.briefings.incremental.DiskCache} serves one build (with the up-to-date check), {@link
 * io.github.briefings.incremental.PreviewCache} the preview's session (with the patched rebuild);
 * both implement the stages' {@link io.github.briefings.build.BuildCache} and keep their files in
 * {@code target/briefing-cache/build/}.
 */
package io.github.briefings.incremental;
