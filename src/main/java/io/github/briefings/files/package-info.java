/** Small file-system operations the other packages share, such as replacing a file in one step. */
package io.github.briefings.files;
