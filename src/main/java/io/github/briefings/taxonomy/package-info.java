/**
 * Countries (ISO 3166-1 codes and their names per language) and topics (declared in site.yaml):
 * checking what briefings name, and suggesting the nearest valid term when they are wrong.
 */
package io.github.briefings.taxonomy;
