/**
 * {@code storyline serve}: the web pages, the REST API under {@code /api/v1}, exports and Atom feeds,
 * over the store's read API ({@link org.storyline.engine.StoreReader}); writes go through the engine
 * only ({@link org.storyline.web.Writes}). Entry point: {@link org.storyline.web.WebServer}.
 *
 * <p>Pages are jte templates compiled at build time with HTML escaping on: every text from an
 * article is escaped for the context it lands in, and no page builds markup by concatenation.
 */
package org.storyline.web;
