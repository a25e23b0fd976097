/** Language-specific typography applied to the text readers see (French spacing and apostrophes). */
package io.github.briefings.typography;
