/**
 * Checking a built site before it is published: every internal link, image, stylesheet and script
 * resolves to a file of the output (fragments to an id on the target page), every page has a title,
 * a language and a main heading and no duplicate id, and every XML file is well-formed. Reads only
 * the output folder; fetches nothing from the network.
 */
package io.github.briefings.check;
