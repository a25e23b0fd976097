/**
 * What is wrong with the input: a {@link io.github.briefings.problems.Problem} located at
 * file:line:column with its {@link io.github.briefings.problems.Severity}, and {@link
 * io.github.briefings.problems.Problems}, the list every stage adds to. Every other package may use
 * this one; it uses none of them.
 */
package io.github.briefings.problems;
