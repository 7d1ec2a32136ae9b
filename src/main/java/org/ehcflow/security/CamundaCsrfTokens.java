package org.ehcflow.security;

import java.util.UUID;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The CSRF token of a browser signed in to the webapps: the one Camunda's own CSRF filter
 * keeps in the session and hands to the page (cookie {@code XSRF-TOKEN}), which the
 * webapps' scripts send back as {@code X-XSRF-TOKEN}. Our API checks it on every change
 * made with the session, so one token serves Tasklist, Cockpit, Admin and {@code /api};
 * this repository only reads it, never makes one (the webapps' filter does, on their
 * first page).
 */
final class CamundaCsrfTokens implements CsrfTokenRepository {

	static final String HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		// Never matches what a client sends: without the webapps' token in the session, a
		// change
		// made with the session is refused.
		return new DefaultCsrfToken(HEADER, "_csrf", UUID.randomUUID() + "-unset");
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		// The webapps' filter owns the token.
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		return token instanceof String value && !value.isBlank() ? new DefaultCsrfToken(HEADER, "_csrf", value) : null;
	}

	/**
	 * Changes made with the webapp session need the token; calls with HTTP Basic
	 * credentials do not (a browser never sends ours on its own: we never ask a browser
	 * for them), and neither do reads.
	 */
	static RequestMatcher changesBySession() {
		return request -> !isRead(request.getMethod()) && !WebappSessionAuthentication.hasBasicCredentials(request)
				&& WebappSessionAuthentication.signedIn(request) != null;
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}

}
