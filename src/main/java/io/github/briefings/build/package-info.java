/**
 * The build, as its pipeline: {@link io.github.briefings.build.Pipeline} calls one class per stage
 * (settings and theme, load and check, index, page models, render, feeds and site maps, photos,
 * replace the site), each timed. The stages see the build cache only through the small interfaces
 * declared here ({@link io.github.briefings.build.BuildCache} and its parts); the package {@code
 * incremental} implements them.
 */
package io.github.briefings.build;
