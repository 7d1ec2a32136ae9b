package org.ehcflow.notify;

/** An email could not be delivered this time; the outbox tries again later. */
public class MailDeliveryException extends Exception {

	public MailDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
