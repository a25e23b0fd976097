/**
 * Search with Pagefind: obtaining its pinned binary (downloaded once from the npm registry, its
 * integrity checked, unpacked and cached under the user's Maven folder, or a given binary), and
 * running it over a built site. Knows nothing of Maven, the stages or the output.
 */
package io.github.briefings.search;
