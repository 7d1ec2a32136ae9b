package org.ehcflow.advice.portal;

/**
 * A document sent with advice: its name as the sender gave it, its checked type, its
 * bytes.
 */
record AdviceDocument(String name, DocumentType type, byte[] content) {

	int size() {
		return content.length;
	}

}
