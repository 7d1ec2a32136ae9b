package org.ehcflow.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets someone signed in to Tasklist, Cockpit or Admin use our own pages and APIs in the
 * same browser (a document link in a Tasklist form, the advice-giver directory page): the
 * webapps keep who signed in, and their groups, in the HTTP session. Never creates a
 * session, and stays out of the way when the request already carries HTTP Basic
 * credentials.
 *
 * <p>
 * A request authenticated this way is a browser's, so changes need the webapps' CSRF
 * token ({@link CamundaCsrfTokens}).
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

	static final String ENGINE = "default";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		UserAuthentication user = signedIn(request);
		if (user == null || context.getAuthentication() != null) {
			chain.doFilter(request, response);
			return;
		}
		List<SimpleGrantedAuthority> authorities = user.getGroupIds()
			.stream()
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList();
		SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
		signedIn.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, authorities));
		SecurityContextHolder.setContext(signedIn);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(context);
		}
	}

	/**
	 * Who signed in to the webapps in this request's session, if anyone (and no Basic
	 * credentials came).
	 */
	static UserAuthentication signedIn(HttpServletRequest request) {
		if (hasBasicCredentials(request)) {
			return null;
		}
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		if (authentications == null || !authentications.hasAuthenticationForProcessEngine(ENGINE)) {
			return null;
		}
		return authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user ? user
				: null;
	}

	static boolean hasBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
