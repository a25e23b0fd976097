/**
 * News metadata for search engines and social networks: schema.org JSON-LD and Open Graph values.
 */
package io.github.briefings.metadata;
