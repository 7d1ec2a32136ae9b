/**
 * The advice portal: the page an advice giver reaches through their personal link, what
 * they sent ({@link org.ehcflow.advice.portal.AdviceSubmissions}) and what happened on it
 * ({@link org.ehcflow.advice.portal.PortalEvents}). The case's audit trail reads the
 * portal's events and hears of each download of an advice document
 * ({@link org.ehcflow.advice.portal.AdviceDocumentDownloaded}), so the package is a named
 * interface of the advice module.
 */
@NamedInterface("portal")
package org.ehcflow.advice.portal;

import org.springframework.modulith.NamedInterface;
