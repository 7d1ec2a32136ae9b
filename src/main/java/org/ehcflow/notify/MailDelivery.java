package org.ehcflow.notify;

/**
 * Hands one rendered email to whatever carries it: an SMTP server, or a folder in the
 * demo.
 */
public interface MailDelivery {

	void deliver(RenderedEmail email) throws MailDeliveryException;

}
