package org.ehcflow.advice.portal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Response headers of every portal page, set before Spring Security writes its defaults
 * (which then leave them alone). The token is in the URL, so no page may pass it on as a
 * referrer, be kept in a cache or be indexed. The page's one inline stylesheet carries a
 * fresh nonce, so the content security policy allows nothing else.
 */
class PortalHeaders extends OncePerRequestFilter {

	/** The request attribute the templates read the stylesheet's nonce from. */
	static final String NONCE = "cspNonce";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		String value = Base64.getEncoder().encodeToString(nonce);
		request.setAttribute(NONCE, value);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + value
				+ "'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
		chain.doFilter(request, response);
	}

}
