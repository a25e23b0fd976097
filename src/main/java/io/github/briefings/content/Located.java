package io.github.briefings.content;

/**
 * A value read from a file, with the 1-based line and column where it was written.
 *
 * @param value the value
 * @param line 1-based line
 * @param column 1-based column
 */
public record Located<T>(T value, int line, int column) {}
