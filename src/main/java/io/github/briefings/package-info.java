/**
 * Briefings, a static site generator for news briefings: {@link io.github.briefings.Briefings} is
 * the engine's one entry point (load, validate, render, write), called by the Maven goals and the
 * tests.
 */
package io.github.briefings;
