/**
 * Content hashes: {@link io.github.briefings.hash.Fingerprint}, a SHA-256 of strings and template
 * models. The build cache keys on it, the renderer and the writer compare with it; it depends on
 * nothing in this project.
 */
package io.github.briefings.hash;
