package org.ehcflow.advice.portal;

import org.springframework.http.HttpStatus;

/**
 * A portal link that cannot be used. Its message says only why, never which token or
 * case.
 */
class LinkRefused extends RuntimeException {

	/** Why a link is refused, and the status the page gets. */
	enum Reason {

		/** No such link: it was never issued, or it was mistyped. */
		UNKNOWN(HttpStatus.NOT_FOUND),
		/** Past its expiry. */
		EXPIRED(HttpStatus.GONE),
		/** Advice was already sent with it. */
		USED(HttpStatus.GONE),
		/**
		 * Its advice request no longer waits for advice (recorded another way, withdrawn,
		 * ended).
		 */
		CLOSED(HttpStatus.GONE);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		HttpStatus status() {
			return status;
		}

	}

	private final Reason reason;

	LinkRefused(Reason reason) {
		super("Advice portal link refused: " + reason, null, false, false);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
