/**
 * The Maven goals: each maps its parameters onto the engine's options and its problems onto the
 * Maven log, and does nothing else.
 */
package io.github.briefings.maven;
