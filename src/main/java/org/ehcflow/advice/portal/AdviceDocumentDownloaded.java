package org.ehcflow.advice.portal;

/**
 * A caseworker, manager or administrator downloaded the document an advice giver sent.
 * Published as the download is answered; the case's audit trail records who read what of
 * the case.
 */
public record AdviceDocumentDownloaded(String caseReference, String userId, long submissionId) {
}
