package org.ehcflow.advice.portal;

import org.springframework.web.multipart.MultipartFile;

/**
 * What an advice giver sent from the portal form, as typed. Only one of the three texts
 * belongs to the chosen outcome; the others are kept so that a form shown again loses
 * nothing.
 *
 * @param outcome {@code NEW_ADVICE}, {@code EXISTING_ADVICE_APPLIES} or
 * {@code NOT_INVOLVED}
 * @param adviceText the advice, for {@code NEW_ADVICE}
 * @param existingAdviceReason why existing advice applies (SEND Regulations 2014 reg
 * 6(4))
 * @param notInvolvedReason why the service is not involved with the child
 * @param document an optional PDF or Word document
 */
record AdviceAnswer(String outcome, String adviceText, String existingAdviceReason, String notInvolvedReason,
		MultipartFile document) {

	static AdviceAnswer blank() {
		return new AdviceAnswer(null, null, null, null, null);
	}

	/** The same answer without its file, which a browser never sends twice. */
	AdviceAnswer withoutDocument() {
		return new AdviceAnswer(outcome, adviceText, existingAdviceReason, notInvolvedReason, null);
	}

}
