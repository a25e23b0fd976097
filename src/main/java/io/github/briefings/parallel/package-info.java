/**
 * Running work on a pool of a chosen size ({@link io.github.briefings.parallel.WorkerPool}), so
 * that the parallel streams inside it use exactly that many threads: the build and the site checker
 * share it. Depends on nothing in this project.
 */
package io.github.briefings.parallel;
