/**
 * Publishing a checked site to a branch ({@code gh-pages}) with JGit: the commit is built directly
 * in the repository's object database, so the checked-out branch and the working tree are never
 * touched; then it is pushed. A site that fails the check is never committed; a token is never
 * printed.
 */
package io.github.briefings.publish;
